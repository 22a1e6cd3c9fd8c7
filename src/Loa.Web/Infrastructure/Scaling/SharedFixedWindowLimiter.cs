using System.Diagnostics;
using System.Threading.RateLimiting;

namespace Loa.Web.Infrastructure.Scaling;

/// <summary>
/// A fixed-window limiter whose count lives in the database (<see cref="SharedCounterStore"/>), so that every app
/// instance counts against one total: <see cref="PermitLimit"/> requests per <see cref="Window"/> in all. It cannot
/// answer without the database, so the synchronous attempt always defers to the asynchronous one (the rate-limiting
/// middleware then awaits it). If the database cannot be reached the request is let through and the failure logged:
/// a limiter must not take the site down.
/// </summary>
public sealed class SharedFixedWindowLimiter(SharedCounterStore store, ILogger logger, string key, int permitLimit, TimeSpan window) : RateLimiter
{
    private static readonly RateLimitLease Granted = new Lease(true, null);
    private static readonly RateLimitLease Deferred = new Lease(false, null);

    private long lastUsed = Stopwatch.GetTimestamp();

    public int PermitLimit => permitLimit;

    public TimeSpan Window => window;

    public override TimeSpan? IdleDuration => Stopwatch.GetElapsedTime(Interlocked.Read(ref lastUsed));

    public override RateLimiterStatistics? GetStatistics() => null;

    protected override RateLimitLease AttemptAcquireCore(int permitCount) => permitCount == 0 ? Granted : Deferred;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref lastUsed, Stopwatch.GetTimestamp());
        if (permitCount == 0)
        {
            return Granted;
        }

        try
        {
            var count = await store.IncrementAsync(key, window, cancellationToken);
            return count <= permitLimit ? Granted : new Lease(false, window);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
        {
            logger.LogWarning(e, "The shared rate-limit counter could not be read; the request is let through.");
            return Granted;
        }
    }

    private sealed class Lease(bool acquired, TimeSpan? retryAfter) : RateLimitLease
    {
        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => retryAfter is null ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = retryAfter is { } after && metadataName == MetadataName.RetryAfter.Name ? after : null;
            return metadata is not null;
        }
    }
}
