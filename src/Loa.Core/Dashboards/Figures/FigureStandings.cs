using Loa.Plans;
using Loa.Reports;

namespace Loa.Dashboards.Figures;

/// <summary>
/// The judgements made when figures are read, from their stored dates, the province's deadlines and today: where the
/// plan stands against the plan deadline, and each period's report against its window. Nothing here is stored, so a
/// change of the province's calendar or of the day shows at once.
/// </summary>
public static class FigureStandings
{
    public static PlanStanding Plan(CommuneFigures f, DateOnly planDue, DateOnly today) =>
        f.PlanStatus == PlanStatus.Issued
            ? (f.FirstIssuedOn is { } on && on > planDue ? PlanStanding.Late : PlanStanding.OnTime)
            : today > planDue ? PlanStanding.Missing : PlanStanding.Pending;

    public static ReportStanding Report(CommuneFigures f, ReportPeriod period, DateOnly today) =>
        f.PlanStatus != PlanStatus.Issued ? ReportStanding.NoPlan
        : !ReportingCalendar.Required(f.RequiredReports).Contains(period.Kind) ? ReportStanding.NotRequired
        : SentOn(f, period.Kind) is { } sent ? (sent <= period.Due ? ReportStanding.SentOnTime : ReportStanding.SentLate)
        : period.StateOn(today) switch
        {
            ReportWindow.NotOpen => ReportStanding.NotOpen,
            ReportWindow.Overdue => ReportStanding.Missing,
            _ => ReportStanding.Open,
        };

    public static DateOnly? SentOn(CommuneFigures f, ReportPeriodKind kind) => kind switch
    {
        ReportPeriodKind.Quarter1 => f.Quarter1SentOn,
        ReportPeriodKind.HalfYear => f.HalfYearSentOn,
        ReportPeriodKind.NineMonths => f.NineMonthsSentOn,
        _ => f.YearSentOn,
    };

    /// <summary>The commune's row of the province dashboard: its stored figures with today's judgements.</summary>
    public static CommuneStanding Standing(CommuneFigures f, DateOnly planDue, IReadOnlyList<ReportPeriod> periods, DateOnly today) => new(
        f.CommuneId!.Value,
        f.Code,
        f.Name,
        f.PlanId,
        f.PlanStatus,
        f.IssuedOn,
        Plan(f, planDue, today),
        periods.ToDictionary(p => p.Kind, p => Report(f, p, today)),
        f.Tasks,
        f.TasksCompleted,
        f.TasksLate,
        f.Activities,
        f.Reach);
}
