using Loa.Dashboards.Figures;
using Loa.Data;
using Loa.Domain;
using Loa.Notifications;
using Loa.Web.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Loa.Web.Infrastructure.Jobs;

/// <summary>
/// The read model's daily refresh (decision 38): every quarter of an hour it takes the "commune-figures" lease (one
/// instance works among several on one database) and recomputes the provinces whose figures were computed on another
/// day — so that after midnight the tasks' lateness and overdue feedback are recomputed before the first officer opens a
/// dashboard — and makes this year's rows of communes that have none. Runs with the reminders (<c>Reminders:Enabled</c>).
/// </summary>
public sealed class FiguresRefreshWorker(
    IServiceScopeFactory scopes,
    JobInstance instance,
    IOptions<ReminderOptions> options,
    TimeProvider time,
    ILogger<FiguresRefreshWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        try
        {
            await Task.Delay(TimeSpan.FromSeconds(Math.Max(0, options.Value.StartDelaySeconds)), time, stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                await RunOnceAsync(stoppingToken);
                await Task.Delay(Interval, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var dbOptions = scope.ServiceProvider.GetRequiredService<DbContextOptions<LoaDbContext>>();
            await using var db = new LoaDbContext(dbOptions, new FixedTenantScope(TenantScope.System));
            var now = time.GetUtcNow().UtcDateTime;
            if (!await JobLeases.TryTakeAsync(db, "commune-figures", instance.Holder, now, TimeSpan.FromHours(1), cancellationToken))
            {
                return;
            }

            var refreshed = await CommuneFiguresRefresh.RefreshStaleAsync(db, VietnamTime.Today(time), now, cancellationToken);
            if (refreshed > 0)
            {
                logger.LogInformation("Commune figures: {Count} province-years recomputed.", refreshed);
            }

            // Hand the lease back at once: the next turn checks again, on this instance or another.
            await db.JobLeases.Where(l => l.Name == "commune-figures" && l.Holder == instance.Holder)
                .ExecuteUpdateAsync(set => set.SetProperty(l => l.ExpiresAt, now), cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A failed run is retried at the next turn; it must not stop the app.
            logger.LogError(exception, "The commune figures refresh failed.");
        }
    }
}
