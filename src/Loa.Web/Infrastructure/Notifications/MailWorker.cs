using Loa.Data;
using Loa.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Infrastructure.Notifications;

/// <summary>
/// Sends the outbox of every message (<see cref="MessageOutbox"/>: e-mail, Zalo, SMS): at once when a page rings
/// (<see cref="MailSignal"/>), else every minute, under the "mail" lease so that with several instances on one database
/// only one sends. Does nothing when every channel is off.
/// </summary>
public sealed class MailWorker(
    IServiceScopeFactory scopes,
    Jobs.JobInstance instance,
    MailSignal signal,
    MessageChannelSet channels,
    TimeProvider time,
    ILogger<MailWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!channels.AnyOn)
        {
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await signal.WaitAsync(Interval, stoppingToken);
                await SendAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: what waits is sent by the next instance to start.
        }
    }

    private async Task SendAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var options = scope.ServiceProvider.GetRequiredService<DbContextOptions<LoaDbContext>>();
            await using var db = new LoaDbContext(options, new FixedTenantScope(TenantScope.System));
            var now = time.GetUtcNow().UtcDateTime;
            if (!await JobLeases.TryTakeAsync(db, "mail", instance.Holder, now, Interval * 2, cancellationToken))
            {
                return;
            }

            var sent = await MessageOutbox.SendPendingAsync(db, channels.All, now, cancellationToken);
            if (sent > 0)
            {
                logger.LogInformation("Outbox: {Sent} messages sent.", sent);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A failed run is retried at the next ring or minute; it must not stop the app.
            logger.LogError(exception, "Sending the outbox failed.");
        }
    }
}
