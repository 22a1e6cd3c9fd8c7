using Loa.Activities;
using Loa.Data;
using Loa.Domain.Geography;
using Loa.Indices;
using Loa.Reports;
using Microsoft.EntityFrameworkCore;

namespace Loa.Dashboards.Figures;

/// <summary>A period's reports over a province's communes: asked for by an issued plan, sent on time, sent late, overdue.</summary>
public sealed record ReportTotals(int Required, int SentOnTime, int SentLate, int Missing);

/// <summary>
/// One province's figures of a year summed over its communes, with today's judgements: what the national dashboard
/// shows per province. Index results are the communes' average score of each index (and how many communes have one).
/// </summary>
public sealed record ProvinceTotals(
    int ProvinceId,
    string ProvinceName,
    int Year,
    DateOnly PlanDue,
    int Communes,
    int InService,
    IReadOnlyDictionary<PlanStanding, int> Plans,
    IReadOnlyDictionary<ReportPeriodKind, ReportTotals> Reports,
    int Tasks,
    int TasksCompleted,
    int TasksLate,
    int Activities,
    long Reach,
    IReadOnlyDictionary<ChannelKind, ActivityTotals> ByChannel,
    int FeedbackReceived,
    int FeedbackAnswered,
    int FeedbackAnsweredInTime,
    int FeedbackOverdue,
    IReadOnlyDictionary<IndexKind, (double Average, int Communes)> Indices)
{
    public int PlansIssued => Plans[PlanStanding.OnTime] + Plans[PlanStanding.Late];

    /// <summary>
    /// Every province the reader sees (all of them for a reader of everything; one for a province officer), made current
    /// first, in the provinces' order by id. Two queries over the read model besides the freshness checks.
    /// </summary>
    public static async Task<List<ProvinceTotals>> ForCountryAsync(
        LoaDbContext db, int year, DateOnly today, DateTime now, CancellationToken cancellationToken = default)
    {
        var provinces = await db.Provinces.AsNoTracking().OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var visible = db.Scope.ReadsEverything ? provinces : provinces.Where(p => p.Id == db.Scope.ProvinceId).ToList();
        foreach (var province in visible)
        {
            await CommuneFiguresRefresh.EnsureCurrentAsync(db, province.Id, year, today, now, cancellationToken);
        }

        var rows = (await db.CommuneFigures.AsNoTracking().Where(f => f.Year == year).ToListAsync(cancellationToken)).ToLookup(f => f.ProvinceId);
        var channels = await CommuneFigures.ByProvinceAndChannelAsync(db, year, cancellationToken);
        return visible.Select(p => Of(p, year, rows[p.Id].ToList(), channels.Where(c => c.Key.ProvinceId == p.Id)
            .ToDictionary(c => c.Key.Channel, c => c.Value), today)).ToList();
    }

    /// <summary>One province's totals from its communes' figures, judged on <paramref name="today"/>.</summary>
    public static ProvinceTotals Of(
        Province province, int year, IReadOnlyList<CommuneFigures> rows, IReadOnlyDictionary<ChannelKind, ActivityTotals> byChannel, DateOnly today)
    {
        var due = province.PlanDue(year);
        var periods = ProvinceDashboard.AllPeriods.Select(k => ReportingCalendar.Get(year, k, province.ReportingRules)).ToList();
        var plans = Enum.GetValues<PlanStanding>().ToDictionary(s => s, _ => 0);
        foreach (var row in rows)
        {
            plans[FigureStandings.Plan(row, due, today)]++;
        }

        var reports = periods.ToDictionary(p => p.Kind, p =>
        {
            var standings = rows.Select(r => FigureStandings.Report(r, p, today)).ToList();
            return new ReportTotals(
                standings.Count(s => s is not (ReportStanding.NoPlan or ReportStanding.NotRequired)),
                standings.Count(s => s == ReportStanding.SentOnTime),
                standings.Count(s => s == ReportStanding.SentLate),
                standings.Count(s => s == ReportStanding.Missing));
        });
        var indices = new Dictionary<IndexKind, (double, int)>();
        foreach (var (kind, score) in new (IndexKind, Func<CommuneFigures, double?>)[]
        {
            (IndexKind.ParIndex, f => f.ParIndex), (IndexKind.Sipas, f => f.Sipas), (IndexKind.Papi, f => f.Papi),
            (IndexKind.Pci, f => f.Pci), (IndexKind.Dti, f => f.Dti),
        })
        {
            var scores = rows.Select(score).OfType<double>().ToList();
            if (scores.Count > 0)
            {
                indices[kind] = (scores.Average(), scores.Count);
            }
        }

        return new ProvinceTotals(
            province.Id,
            province.Name,
            year,
            due,
            rows.Count,
            rows.Count(r => r.InService),
            plans,
            reports,
            rows.Sum(r => r.Tasks),
            rows.Sum(r => r.TasksCompleted),
            rows.Sum(r => r.TasksLate),
            rows.Sum(r => r.Activities),
            rows.Sum(r => r.Reach),
            byChannel,
            rows.Sum(r => r.FeedbackReceived),
            rows.Sum(r => r.FeedbackAnswered),
            rows.Sum(r => r.FeedbackAnsweredInTime),
            rows.Sum(r => r.FeedbackOverdue),
            indices);
    }
}
