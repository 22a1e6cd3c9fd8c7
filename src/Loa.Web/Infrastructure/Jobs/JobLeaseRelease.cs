using Loa.Data;
using Loa.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Infrastructure.Jobs;

/// <summary>
/// When the instance stops (a deployment, a scale-down), gives up every job lease it holds, so that another instance
/// takes the jobs at its next look instead of waiting for the leases to expire. Registered before the scheduled jobs,
/// it stops after them (hosted services stop in reverse order), when none of them can take a lease again.
/// </summary>
public sealed class JobLeaseRelease(IServiceScopeFactory scopes, JobInstance instance, ILogger<JobLeaseRelease> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var options = scope.ServiceProvider.GetRequiredService<DbContextOptions<LoaDbContext>>();
            await using var db = new LoaDbContext(options, new FixedTenantScope(TenantScope.System));
            var released = await JobLeases.ReleaseAsync(db, instance.Holder, cancellationToken);
            if (released > 0)
            {
                logger.LogInformation("Released {Count} job leases on shutdown.", released);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The leases then expire by themselves.
            logger.LogWarning(exception, "The job leases could not be released on shutdown.");
        }
    }
}
