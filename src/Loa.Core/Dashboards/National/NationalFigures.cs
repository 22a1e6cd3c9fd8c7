using Loa.Activities;
using Loa.Dashboards.Figures;
using Loa.Data;
using Loa.Indices;
using Loa.Reports;
using Loa.Text;
using Microsoft.EntityFrameworkCore;

namespace Loa.Dashboards.National;

/// <summary>
/// The 34 provinces' figures of a year, each a sum over its communes' rows of the per-commune read model that the province
/// dashboard reads too (<see cref="CommuneFigures"/>, decision record 38), judged on today (<see cref="ProvinceTotals.Of"/>,
/// <see cref="FigureStandings"/>): one query for the rows, one for reach by channel, one for the provinces' own index
/// results, besides the freshness checks (decision record 39).
/// </summary>
public static class NationalFigures
{
    public static async Task<NationalOverview> BuildAsync(
        LoaDbContext db, int year, DateOnly today, DateTime now, CancellationToken cancellationToken = default)
    {
        var provinces = await db.Provinces.AsNoTracking().ToListAsync(cancellationToken);
        foreach (var provinceId in await StaleProvincesAsync(db, year, today, cancellationToken))
        {
            await CommuneFiguresRefresh.EnsureCurrentAsync(db, provinceId, year, today, now, cancellationToken);
        }

        var rows = (await db.CommuneFigures.AsNoTracking().Where(f => f.Year == year).ToListAsync(cancellationToken)).ToLookup(f => f.ProvinceId);
        var channels = (await CommuneFigures.ByProvinceAndChannelAsync(db, year, cancellationToken)).ToLookup(c => c.Key.ProvinceId);
        var ownIndices = (await db.IndexResults.AsNoTracking().Where(r => r.Year == year && r.CommuneId == null)
            .Select(r => new { r.ProvinceId, r.Kind, r.Score }).ToListAsync(cancellationToken)).ToLookup(r => r.ProvinceId);
        var result = new List<ProvinceFigures>(provinces.Count);
        foreach (var province in provinces.OrderBy(p => p.Locality, VietnameseOrder.Instance))
        {
            var communes = rows[province.Id].ToList();
            var byChannel = channels[province.Id].ToDictionary(c => c.Key.Channel, c => c.Value);
            var totals = ProvinceTotals.Of(province, year, communes, byChannel, today);
            var periods = ProvinceDashboard.AllPeriods.Select(k => ReportingCalendar.Get(year, k, province.ReportingRules)).ToList();
            var late = communes.Count(f => FigureStandings.Standing(f, totals.PlanDue, periods, today).IsLate);
            result.Add(new ProvinceFigures(
                province.Id,
                province.Code,
                province.Name,
                totals.PlanDue,
                totals.Communes,
                totals.InService,
                totals.Plans[PlanStanding.OnTime],
                totals.Plans[PlanStanding.Late],
                totals.Plans[PlanStanding.Missing],
                totals.Reports.ToDictionary(
                    r => r.Key, r => new ReportTally(r.Value.Required, r.Value.SentOnTime + r.Value.SentLate, r.Value.SentOnTime, r.Value.Missing)),
                totals.Tasks,
                totals.TasksCompleted,
                totals.Activities,
                totals.Reach,
                byChannel.ToDictionary(c => c.Key, c => c.Value.Reach),
                totals.FeedbackReceived,
                totals.FeedbackAnsweredInTime,
                ownIndices[province.Id].GroupBy(r => r.Kind).ToDictionary(g => g.Key, g => g.Max(r => r.Score)),
                totals.Indices.ToDictionary(i => i.Key, i => (decimal)Math.Round(i.Value.Average, 2)),
                late));
        }

        return new NationalOverview(year, today, result);
    }

    /// <summary>
    /// The provinces whose rows of the year are not all of today or not one per commune: two grouped queries for the whole
    /// country instead of two per province; <see cref="CommuneFiguresRefresh.EnsureCurrentAsync"/> then makes those current.
    /// </summary>
    private static async Task<List<int>> StaleProvincesAsync(LoaDbContext db, int year, DateOnly today, CancellationToken cancellationToken)
    {
        var rows = await db.CommuneFigures.IgnoreQueryFilters().AsNoTracking().Where(f => f.Year == year)
            .GroupBy(f => f.ProvinceId).Select(g => new { ProvinceId = g.Key, Count = g.Count(), Stale = g.Count(f => f.ComputedOn != today) })
            .ToDictionaryAsync(g => g.ProvinceId, cancellationToken);
        var communes = await db.Communes.AsNoTracking().GroupBy(c => c.ProvinceId).Select(g => new { ProvinceId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return communes.Where(c => rows.GetValueOrDefault(c.ProvinceId) is not { Stale: 0 } r || r.Count != c.Count).Select(c => c.ProvinceId).ToList();
    }

    /// <summary>The channels in the order the ministry's chart and table show them.</summary>
    public static IReadOnlyList<ChannelKind> Channels => Enum.GetValues<ChannelKind>();

    /// <summary>The index kinds in their usual order.</summary>
    public static IReadOnlyList<IndexKind> IndexKinds => IndexKindText.All;
}
