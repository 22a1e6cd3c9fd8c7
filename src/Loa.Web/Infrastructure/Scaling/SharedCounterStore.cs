using System.Security.Cryptography;
using System.Text;
using Loa.Data;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Infrastructure.Scaling;

/// <summary>
/// The app's way to the counters every instance shares (<see cref="SharedCounters"/>): rate-limit windows and used
/// form stamps, each one statement on a short-lived context. Once a minute an instance also deletes what expired.
/// </summary>
public sealed class SharedCounterStore(IServiceScopeFactory scopes, TimeProvider time)
{
    private const int MaxKeyLength = 300;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> policies = new(StringComparer.Ordinal);

    private long nextSweep;

    /// <summary>The rate-limit policies that count here (added through <see cref="SharedRateLimiterOptions"/>).</summary>
    public IReadOnlyCollection<string> Policies => [.. policies.Keys];

    internal void CountFor(string policy) => policies.TryAdd(policy, 0);

    /// <summary>Counts one more request for <paramref name="key"/> in the current window of <paramref name="window"/>; returns the count so far.</summary>
    public async Task<int> IncrementAsync(string key, TimeSpan window, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var length = Math.Max(1, (long)window.TotalSeconds);
        var start = now - (now % length);
        await using var context = Open(out var scope);
        using (scope)
        {
            var count = await SharedCounters.IncrementAsync(context, Shorten(key), start, start + length, cancellationToken);
            await SweepIfDueAsync(context, now, cancellationToken);
            return count;
        }
    }

    /// <summary>Marks a stamp used until <paramref name="expiresAt"/>; false when it had been used already.</summary>
    public async Task<bool> TryUseOnceAsync(string nonce, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        await using var context = Open(out var scope);
        using (scope)
        {
            var used = await SharedCounters.TryUseOnceAsync(context, nonce, expiresAt.ToUnixTimeSeconds(), cancellationToken);
            await SweepIfDueAsync(context, time.GetUtcNow().ToUnixTimeSeconds(), cancellationToken);
            return used;
        }
    }

    private async Task SweepIfDueAsync(LoaDbContext context, long now, CancellationToken cancellationToken)
    {
        var due = Interlocked.Read(ref nextSweep);
        if (now >= due && Interlocked.CompareExchange(ref nextSweep, now + 60, due) == due)
        {
            await SharedCounters.SweepAsync(context, now, cancellationToken);
        }
    }

    private LoaDbContext Open(out IServiceScope scope)
    {
        scope = scopes.CreateScope();
        var options = scope.ServiceProvider.GetRequiredService<DbContextOptions<LoaDbContext>>();
        return new LoaDbContext(options, new FixedTenantScope(TenantScope.System));
    }

    // Keys are "policy|partition" (an address at most); a longer one keeps its start and a hash of the whole.
    private static string Shorten(string key) => key.Length <= MaxKeyLength
        ? key
        : key[..(MaxKeyLength - 65)] + "#" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
