using Loa.Data;
using Loa.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Loa.Web.Infrastructure.Accounts;

/// <summary>
/// Runs <see cref="AccountJob"/> every <c>Loa:AccountJobIntervalMinutes</c> under its lease (once across instances):
/// unused accounts are disabled, old sign-in records forgotten.
/// </summary>
public sealed class AccountJobWorker(
    IServiceScopeFactory scopes, Jobs.JobInstance instance, IOptions<AccountOptions> options, TimeProvider time, ILogger<AccountJobWorker> logger)
    : BackgroundService
{
    /// <summary>One run now; null when another instance holds the lease.</summary>
    public async Task<IReadOnlyList<string>?> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        using var scope = scopes.CreateScope();
        var dbOptions = scope.ServiceProvider.GetRequiredService<DbContextOptions<LoaDbContext>>();
        await using var db = new LoaDbContext(dbOptions, new FixedTenantScope(TenantScope.System));
        var disabled = await AccountJob.RunAsync(db, instance.Holder, time.GetUtcNow().UtcDateTime, options.Value, cancellationToken);
        if (disabled is { Count: > 0 })
        {
            logger.LogInformation("Accounts unused for {Days} days disabled: {Names}.", options.Value.DisableAfterUnusedDays, string.Join(", ", disabled));
        }

        return disabled;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.AccountJobEnabled)
        {
            return;
        }

        try
        {
            await Task.Delay(TimeSpan.FromSeconds(30), time, stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    await RunOnceAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // Retried at the next interval; it must not stop the app.
                    logger.LogError(exception, "The account job failed.");
                }

                await Task.Delay(TimeSpan.FromMinutes(Math.Max(1, options.Value.AccountJobIntervalMinutes)), time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }
}
