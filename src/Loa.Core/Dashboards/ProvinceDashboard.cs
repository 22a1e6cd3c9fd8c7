using Loa.Dashboards.Figures;
using Loa.Data;
using Loa.Domain;
using Loa.Domain.Geography;
using Loa.Plans;
using Loa.Plans.Progress;
using Loa.Reports;
using Loa.Text;
using Microsoft.EntityFrameworkCore;

namespace Loa.Dashboards;

/// <summary>One commune as the province sees it in a year.</summary>
public sealed record CommuneStanding(
    int CommuneId,
    string Code,
    string Name,
    int? PlanId,
    PlanStatus? PlanStatus,
    DateOnly? IssuedOn,
    PlanStanding Plan,
    IReadOnlyDictionary<ReportPeriodKind, ReportStanding> Reports,
    int Tasks,
    int TasksCompleted,
    int TasksLate,
    int Activities,
    long Reach)
{
    /// <summary>Share of the plan's tasks completed (0–1); null without an issued plan.</summary>
    public double? Completion => PlanId is null || Plan is PlanStanding.Pending or PlanStanding.Missing ? null : Tasks == 0 ? 0
        : (double)TasksCompleted / Tasks;

    public int ReportsMissing => Reports.Values.Count(r => r == ReportStanding.Missing);

    /// <summary>Something is overdue: the plan, or a report.</summary>
    public bool IsLate => Plan == PlanStanding.Missing || ReportsMissing > 0;
}

/// <summary>The province's view of its communes in a year, with the figures its charts draw.</summary>
public sealed record ProvinceOverview(
    Province Province,
    int Year,
    DateOnly Today,
    DateOnly PlanDue,
    IReadOnlyList<ReportPeriod> Periods,
    IReadOnlyList<CommuneStanding> Communes,
    IReadOnlyList<int> ActivitiesByMonth,
    IReadOnlyList<long> ReachByMonth)
{
    public int Count(PlanStanding standing) => Communes.Count(c => c.Plan == standing);

    public int Count(ReportPeriodKind period, ReportStanding standing) => Communes.Count(c => c.Reports[period] == standing);
}

/// <summary>
/// Builds the province dashboard from the read model (<see cref="CommuneFigures"/>, decision 38): one narrow row per
/// commune and the activities by month, made current first, judged against the province's deadlines today. It no
/// longer reads the province's activities and tasks on each request.
/// </summary>
public static class ProvinceDashboard
{
    public static readonly ReportPeriodKind[] AllPeriods = [
        ReportPeriodKind.Quarter1, ReportPeriodKind.HalfYear, ReportPeriodKind.NineMonths, ReportPeriodKind.Year
    ];

    public static async Task<ProvinceOverview> BuildAsync(
        LoaDbContext db, Province province, int year, DateOnly today, CancellationToken cancellationToken = default)
    {
        var now = CommuneFiguresRefresh.ClockOf(db).GetUtcNow().UtcDateTime;
        var figures = await CommuneFigures.ForProvinceAsync(db, province.Id, year, today, now, cancellationToken);
        var byMonth = await CommuneFigures.ByMonthAsync(db, province.Id, year, cancellationToken);
        var periods = AllPeriods.Select(k => ReportingCalendar.Get(year, k, province.ReportingRules)).ToList();
        var due = province.PlanDue(year);
        var rows = figures.OrderBy(f => f.Name, VietnameseOrder.Instance).Select(f => FigureStandings.Standing(f, due, periods, today)).ToList();
        var activitiesByMonth = Enumerable.Range(1, 12).Select(m => byMonth.TryGetValue(m, out var t) ? t.Activities : 0).ToList();
        var reachByMonth = Enumerable.Range(1, 12).Select(m => byMonth.TryGetValue(m, out var t) ? t.Reach : 0).ToList();
        return new ProvinceOverview(province, year, today, due, periods, rows, activitiesByMonth, reachByMonth);
    }
}
