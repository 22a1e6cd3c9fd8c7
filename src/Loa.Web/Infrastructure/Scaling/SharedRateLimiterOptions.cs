using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Loa.Web.Infrastructure.Scaling;

/// <summary>
/// The app's rate-limit policies, added as on <see cref="RateLimiterOptions"/> (same names, same shapes), but shared
/// by every instance on the database: a fixed-window limiter a policy asks for
/// (<c>RateLimitPartition.GetFixedWindowLimiter(key, _ =&gt; new FixedWindowRateLimiterOptions { … })</c>) is replaced by a
/// <see cref="SharedFixedWindowLimiter"/> with the same permit limit and window, counted under "policy|key". A policy
/// that asks for no limiter (<c>RateLimitPartition.GetNoLimiter</c>) keeps it. Other kinds of limiter are refused at
/// the first request that uses them: they could only count per instance.
/// </summary>
public sealed class SharedRateLimiterOptions(RateLimiterOptions options, SharedCounterStore store, ILogger logger)
{
    /// <summary>The shared view of <paramref name="options"/>, with the app's counter store.</summary>
    public static SharedRateLimiterOptions Over(RateLimiterOptions options, IServiceProvider services) => new(
        options,
        services.GetRequiredService<SharedCounterStore>(),
        services.GetRequiredService<ILoggerFactory>().CreateLogger<SharedFixedWindowLimiter>());

    public int RejectionStatusCode
    {
        get => options.RejectionStatusCode;
        set => options.RejectionStatusCode = value;
    }

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected
    {
        get => options.OnRejected;
        set => options.OnRejected = value;
    }

    public SharedRateLimiterOptions AddPolicy<TPartitionKey>(string policyName, Func<HttpContext, RateLimitPartition<TPartitionKey>> partitioner)
    {
        store.CountFor(policyName);
        options.AddPolicy(policyName, context =>
        {
            var partition = partitioner(context);
            var key = $"{policyName}|{partition.PartitionKey}";
            return new RateLimitPartition<string>(key, _ => Share(key, partition.Factory(partition.PartitionKey)));
        });
        return this;
    }

    private RateLimiter Share(string key, RateLimiter limiter)
    {
        switch (limiter)
        {
            case FixedWindowRateLimiter fixedWindow:
                // A fresh fixed window has all its permits: that is the policy's permit limit.
                var permits = (int)(fixedWindow.GetStatistics()?.CurrentAvailablePermits ?? 0);
                var window = fixedWindow.ReplenishmentPeriod;
                fixedWindow.Dispose();
                return new SharedFixedWindowLimiter(store, logger, key, permits, window);
            case ReplenishingRateLimiter or ConcurrencyLimiter:
                limiter.Dispose();
                throw new NotSupportedException($"Rate-limit policy '{key}': only fixed windows can be shared by several instances.");
            default:
                return limiter;
        }
    }
}
