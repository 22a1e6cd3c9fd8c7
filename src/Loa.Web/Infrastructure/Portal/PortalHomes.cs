using System.Collections.Concurrent;
using Loa.Data;
using Loa.Portal;
using Loa.Web.Pages.Public;

namespace Loa.Web.Infrastructure.Portal;

/// <summary>
/// Each commune's portal home as last built (<see cref="PortalHome"/>), reused while it is current (decision record
/// 41): the commune's portal stamp has not moved (no save on any instance changed what it shows), its
/// <see cref="PortalHome.ValidUntil"/> has not come, and it is less than <see cref="MaxAge"/> old (for the few counts
/// written outside the save pipeline, an article's views). A request then costs one small read of the stamp instead of
/// the home's queries. Staff signed in always get it built afresh (and kept for the next visitor): they check what they
/// have just done, by whatever path it was written. At most one home per commune is kept, and only while it can still be
/// used: homes past <see cref="MaxAge"/> are dropped once a minute, so the memory held follows the communes visited in
/// the last minute, not every commune ever visited (5.8 MB a minute into the national profile, growing towards 3,321 homes
/// before; decision record 43).
/// </summary>
public sealed class PortalHomes(PortalStampReader stamps, TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<int, Kept> kept = new();

    private long nextSweep;

    /// <summary>The homes held now.</summary>
    internal int Count => kept.Count;

    public async Task<PortalHome> GetAsync(LoaDbContext db, PortalCommune commune, bool afresh, CancellationToken cancellationToken)
    {
        // The stamp first, the data after: a save that lands in between leaves a home built from new data under the old
        // stamp, rebuilt once more on the next request — never old data under the new stamp.
        var stamp = await stamps.ReadAsync(commune.Id, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        DropExpired(now);
        if (!afresh && kept.TryGetValue(commune.Id, out var home) && home.Stamp == stamp && now < home.Home.ValidUntil && now - home.BuiltAt < MaxAge)
        {
            return home.Home;
        }

        var built = await PortalHome.LoadAsync(db, commune, now, cancellationToken);
        kept[commune.Id] = new Kept(stamp, now, built);
        return built;
    }

    /// <summary>Once a minute, one request drops the homes too old to be served again.</summary>
    private void DropExpired(DateTime now)
    {
        var due = Interlocked.Read(ref nextSweep);
        if (now.Ticks < due || Interlocked.CompareExchange(ref nextSweep, (now + MaxAge).Ticks, due) != due)
        {
            return;
        }

        foreach (var entry in kept)
        {
            if (now - entry.Value.BuiltAt >= MaxAge)
            {
                kept.TryRemove(entry); // only if it is still this entry, not one built since
            }
        }
    }

    private sealed record Kept(long Stamp, DateTime BuiltAt, PortalHome Home);
}
