using Loa.Data;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Infrastructure.Jobs;

/// <summary>
/// Every six hours, the query planner's statistics brought up to date (<see cref="PlannerStatistics.RefreshAsync"/>): a
/// server runs for months while its tables grow from a few rows to the whole country's, and the start's statistics
/// would then mislead the planner. Cheap when little changed; nothing to do on PostgreSQL.
/// </summary>
public sealed class PlannerStatisticsWorker(IServiceScopeFactory scopes, TimeProvider time, ILogger<PlannerStatisticsWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(6);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                // The start has just refreshed them (DatabaseInitializer): the first turn comes after an interval.
                await Task.Delay(Interval, time, stoppingToken);
                try
                {
                    using var scope = scopes.CreateScope();
                    var options = scope.ServiceProvider.GetRequiredService<DbContextOptions<LoaDbContext>>();
                    await using var db = new LoaDbContext(options, new FixedTenantScope(TenantScope.System));
                    await PlannerStatistics.RefreshAsync(db, stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogError(exception, "Refreshing the query planner's statistics failed.");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
