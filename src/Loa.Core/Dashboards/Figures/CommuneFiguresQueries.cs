using Loa.Activities;
using Loa.Data;
using Microsoft.EntityFrameworkCore;

namespace Loa.Dashboards.Figures;

/// <summary>Activities and reach summed over some communes' figures.</summary>
public sealed record ActivityTotals(int Activities, long Reach);

/// <summary>How the dashboards read the read model. Reads go through the tenant filter: a province officer gets only their province.</summary>
public sealed partial class CommuneFigures
{
    /// <summary>
    /// The figures of every commune of a province in a year, made current first (<see cref="CommuneFiguresRefresh.EnsureCurrentAsync"/>).
    /// Unordered; a province holds at most about 170 communes.
    /// </summary>
    public static async Task<List<CommuneFigures>> ForProvinceAsync(
        LoaDbContext db, int provinceId, int year, DateOnly today, DateTime now, CancellationToken cancellationToken = default)
    {
        await CommuneFiguresRefresh.EnsureCurrentAsync(db, provinceId, year, today, now, cancellationToken);
        return await db.CommuneFigures.AsNoTracking().Where(f => f.ProvinceId == provinceId && f.Year == year).ToListAsync(cancellationToken);
    }

    /// <summary>A province's activities of a year by month (1–12; dated within the year, up to the day computed).</summary>
    public static async Task<Dictionary<int, ActivityTotals>> ByMonthAsync(
        LoaDbContext db, int provinceId, int year, CancellationToken cancellationToken = default) =>
        await db.CommuneActivityFigures.AsNoTracking().Where(f => f.ProvinceId == provinceId && f.Year == year && f.Month > 0)
            .GroupBy(f => f.Month).Select(g => new { Month = g.Key, Activities = g.Sum(f => f.Activities), Reach = g.Sum(f => f.Reach) })
            .ToDictionaryAsync(g => g.Month, g => new ActivityTotals(g.Activities, g.Reach), cancellationToken);

    /// <summary>Activities of a year by province and channel, over every province the reader sees (the national dashboard).</summary>
    public static async Task<Dictionary<(int ProvinceId, ChannelKind Channel), ActivityTotals>> ByProvinceAndChannelAsync(
        LoaDbContext db, int year, CancellationToken cancellationToken = default) =>
        await db.CommuneActivityFigures.AsNoTracking().Where(f => f.Year == year)
            .GroupBy(f => new { f.ProvinceId, f.Channel })
            .Select(g => new { g.Key.ProvinceId, g.Key.Channel, Activities = g.Sum(f => f.Activities), Reach = g.Sum(f => f.Reach) })
            .ToDictionaryAsync(g => (g.ProvinceId, g.Channel), g => new ActivityTotals(g.Activities, g.Reach), cancellationToken);

    /// <summary>One province's activities of a year by channel.</summary>
    public static async Task<Dictionary<ChannelKind, ActivityTotals>> ByChannelAsync(
        LoaDbContext db, int provinceId, int year, CancellationToken cancellationToken = default) =>
        await db.CommuneActivityFigures.AsNoTracking().Where(f => f.ProvinceId == provinceId && f.Year == year)
            .GroupBy(f => f.Channel).Select(g => new { Channel = g.Key, Activities = g.Sum(f => f.Activities), Reach = g.Sum(f => f.Reach) })
            .ToDictionaryAsync(g => g.Channel, g => new ActivityTotals(g.Activities, g.Reach), cancellationToken);
}
