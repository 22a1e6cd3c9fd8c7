using Loa.Plans;

namespace Loa.Reports;

/// <summary>
/// The report periods of a plan's year under the province's rules. Periods open by themselves (on the first
/// day of their last month); nothing needs to create them. A plan that reports "hằng quý" reports all four
/// (quý I, 6 tháng, 9 tháng, năm); a plan that names no period follows the CCHC rule, which is the same four.
/// </summary>
public static class ReportingCalendar
{
    private static readonly ReportPeriodKind[] All = [ReportPeriodKind.Quarter1, ReportPeriodKind.HalfYear, ReportPeriodKind.NineMonths, ReportPeriodKind.Year];

    public static IReadOnlyList<ReportPeriodKind> Required(ReportingPeriods periods)
    {
        if (periods == ReportingPeriods.None || periods.HasFlag(ReportingPeriods.Quarter))
        {
            return All;
        }

        var kinds = new List<ReportPeriodKind>();
        if (periods.HasFlag(ReportingPeriods.HalfYear))
        {
            kinds.Add(ReportPeriodKind.HalfYear);
        }

        if (periods.HasFlag(ReportingPeriods.NineMonths))
        {
            kinds.Add(ReportPeriodKind.NineMonths);
        }

        if (periods.HasFlag(ReportingPeriods.Year))
        {
            kinds.Add(ReportPeriodKind.Year);
        }

        return kinds;
    }

    /// <summary>The periods the plan requires in its year, in order, each counting "this period" from the previous one's cut-off.</summary>
    public static IReadOnlyList<ReportPeriod> For(int year, ReportingPeriods required, ReportingRules rules)
    {
        var kinds = Required(required);
        var periods = new List<ReportPeriod>();
        foreach (var kind in kinds)
        {
            var previous = periods.Count > 0 ? periods[^1] : null;
            periods.Add(Build(year, kind, rules, previous?.DataTo.AddDays(1)));
        }

        return periods;
    }

    /// <summary>One period on its own ("this period" then runs from the previous quarter-type period's cut-off).</summary>
    public static ReportPeriod Get(int year, ReportPeriodKind kind, ReportingRules rules, ReportingPeriods required = ReportingPeriods.None) =>
        For(year, required, rules).FirstOrDefault(p => p.Kind == kind) ?? Build(year, kind, rules, null);

    private static ReportPeriod Build(int year, ReportPeriodKind kind, ReportingRules rules, DateOnly? periodFrom)
    {
        // A reporting year that starts late in the year (15 December) starts in the year before.
        var dataFrom = Day(rules.StartMonth >= 7 ? year - 1 : year, rules.StartMonth, rules.StartDay);

        var month = kind.LastMonth();
        var dataTo = Day(year, month, rules.CutoffDay);
        return new ReportPeriod(
            year,
            kind,
            dataFrom,
            dataTo,
            periodFrom ?? dataFrom,
            new DateOnly(year, month, 1),
            Day(year, month, rules.DueDay));
    }

    /// <summary>A day of a month, held to the month's last day ("ngày 31" in June is 30 June).</summary>
    private static DateOnly Day(int year, int month, int day) => new(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
}
