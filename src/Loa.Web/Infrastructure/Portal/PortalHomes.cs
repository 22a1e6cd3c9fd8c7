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
/// have just done, by whatever path it was written. At most one home per commune is kept: 3,321 at national scale, a
/// few kilobytes each.
/// </summary>
public sealed class PortalHomes(PortalStampReader stamps, TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<int, Kept> kept = new();

    public async Task<PortalHome> GetAsync(LoaDbContext db, PortalCommune commune, bool afresh, CancellationToken cancellationToken)
    {
        // The stamp first, the data after: a save that lands in between leaves a home built from new data under the old
        // stamp, rebuilt once more on the next request — never old data under the new stamp.
        var stamp = await stamps.ReadAsync(commune.Id, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        if (!afresh && kept.TryGetValue(commune.Id, out var home) && home.Stamp == stamp && now < home.Home.ValidUntil && now - home.BuiltAt < MaxAge)
        {
            return home.Home;
        }

        var built = await PortalHome.LoadAsync(db, commune, now, cancellationToken);
        kept[commune.Id] = new Kept(stamp, now, built);
        return built;
    }

    private sealed record Kept(long Stamp, DateTime BuiltAt, PortalHome Home);
}
