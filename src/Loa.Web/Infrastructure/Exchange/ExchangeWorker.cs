using Loa.Data;
using Loa.Exchange;
using Loa.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Infrastructure.Exchange;

/// <summary>
/// Runs the exchange (<see cref="ExchangeCycle"/>) every minute under the "exchange" lease, so that with several instances
/// on one database only one sends and fetches. Does nothing while the exchange is off.
/// </summary>
public sealed class ExchangeWorker(
    IServiceScopeFactory scopes,
    Jobs.JobInstance instance,
    ExchangeTransports transports,
    LoaPaths paths,
    TimeProvider time,
    ILogger<ExchangeWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!transports.Options.IsOn || !transports.Options.Worker)
        {
            return;
        }

        try
        {
            // Let the server start listening first: the mock hub answers on the app's own address.
            await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                await RunOnceAsync(stoppingToken);
                await Task.Delay(Interval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: what waits is sent at the next start.
        }
    }

    /// <summary>One turn under the lease; false when another instance holds it or the exchange is off.</summary>
    public async Task<bool> RunOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var transport = transports.Create();
            if (transport is null)
            {
                return false;
            }

            using var scope = scopes.CreateScope();
            var options = scope.ServiceProvider.GetRequiredService<DbContextOptions<LoaDbContext>>();
            await using var db = new LoaDbContext(options, new FixedTenantScope(TenantScope.System));
            var now = time.GetUtcNow().UtcDateTime;
            if (!await JobLeases.TryTakeAsync(db, "exchange", instance.Holder, now, Interval * 2, cancellationToken))
            {
                return false;
            }

            var outcome = await ExchangeCycle.RunAsync(db, transport, transports.Options, paths.Data, now, cancellationToken);
            if (outcome.Sent + outcome.Received > 0)
            {
                logger.LogInformation("Exchange: {Sent} packages sent, {Received} received.", outcome.Sent, outcome.Received);
            }

            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A failed turn is retried at the next minute; it must not stop the app.
            logger.LogError(exception, "The document exchange turn failed.");
            return false;
        }
    }
}
