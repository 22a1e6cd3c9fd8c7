using Loa.Domain;
using Loa.Portal;
using Microsoft.Extensions.Caching.Memory;

namespace Loa.Web.Infrastructure.Reads;

/// <summary>
/// What a staff page reads of one commune's data that is the same for everyone allowed to see it (a plan with its
/// tasks and text, a dashboard's figures), kept and reused while it is current (decision record 42): the commune's
/// stamp has not moved since it was read — every save on any instance raises it, in the save's transaction (decision
/// record 41) — and its own time of validity (the next midnight, when "today" moves) has not come. A request then reads
/// one small stamp instead of the page's queries. The stamp is read before the data, so that a save landing in between
/// leaves new data under the old stamp (built again once more), never old data under the new one. Access is checked on
/// every request by the page, before it asks here. Bounded: the least recently used go first past <see cref="Capacity"/>
/// entries, and an entry unused for <see cref="Idle"/> is dropped.
/// </summary>
public sealed class CommuneReads(PortalStampReader stamps, TimeProvider time) : IDisposable
{
    public const int Capacity = 512;

    public static readonly TimeSpan Idle = TimeSpan.FromMinutes(10);

    private readonly MemoryCache kept = new(new MemoryCacheOptions { SizeLimit = Capacity, CompactionPercentage = 0.25 });

    /// <summary>
    /// The value kept under <paramref name="key"/> for the commune (null: data of no commune), or built now by
    /// <paramref name="build"/> for today in Vietnam; a value built today holds until the next midnight there.
    /// </summary>
    public async Task<T> GetAsync<T>(int? communeId, string key, Func<DateOnly, Task<T>> build, CancellationToken cancellationToken)
    {
        var stamp = await stamps.ReadAsync(communeId, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        if (kept.TryGetValue(key, out Kept<T>? found) && found is not null && found.Stamp == stamp && now < found.ValidUntil)
        {
            return found.Value;
        }

        var today = VietnamTime.Day(now);
        var value = await build(today);
        var validUntil = VietnamTime.StartOfDayUtc(today.AddDays(1));
        kept.Set(key, new Kept<T>(stamp, validUntil, value), new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Idle });
        return value;
    }

    public void Dispose() => kept.Dispose();

    private sealed record Kept<T>(long Stamp, DateTime ValidUntil, T Value);
}
