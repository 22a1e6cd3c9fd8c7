using Loa.Plans;
using Loa.Reports;

namespace Loa.UnitTests.Reports;

public sealed class ReportingCalendarTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void The_ministrys_rule_counts_from_15_December_to_the_14th_and_is_due_the_20th()
    {
        var periods = ReportingCalendar.For(2026, ReportingPeriods.Quarter | ReportingPeriods.Year, ReportingRules.Ministry);

        Assert.Equal([ReportPeriodKind.Quarter1, ReportPeriodKind.HalfYear, ReportPeriodKind.NineMonths, ReportPeriodKind.Year], periods.Select(p => p.Kind));
        Assert.All(periods, p => Assert.Equal(D(2025, 12, 15), p.DataFrom));
        Assert.Equal([D(2026, 3, 14), D(2026, 6, 14), D(2026, 9, 14), D(2026, 12, 14)], periods.Select(p => p.DataTo));
        Assert.Equal([D(2026, 3, 20), D(2026, 6, 20), D(2026, 9, 20), D(2026, 12, 20)], periods.Select(p => p.Due));
        Assert.Equal([D(2025, 12, 15), D(2026, 3, 15), D(2026, 6, 15), D(2026, 9, 15)], periods.Select(p => p.PeriodFrom));
        Assert.Equal(["quý I năm 2026", "6 tháng đầu năm 2026", "9 tháng năm 2026", "năm 2026"], periods.Select(p => p.Name));
    }

    [Fact]
    public void Periods_the_plan_does_not_require_are_left_out_and_this_period_runs_from_the_previous_required_one()
    {
        var periods = ReportingCalendar.For(2026, ReportingPeriods.HalfYear | ReportingPeriods.Year, ReportingRules.Ministry);

        Assert.Equal([ReportPeriodKind.HalfYear, ReportPeriodKind.Year], periods.Select(p => p.Kind));
        Assert.Equal(D(2025, 12, 15), periods[0].PeriodFrom);
        Assert.Equal(D(2026, 6, 15), periods[1].PeriodFrom);
        Assert.Equal([ReportPeriodKind.Year], ReportingCalendar.For(2026, ReportingPeriods.Year, ReportingRules.Ministry).Select(p => p.Kind));
    }

    [Fact]
    public void A_plan_that_names_no_period_follows_the_quarterly_CCHC_rule() =>
        Assert.Equal(4, ReportingCalendar.For(2026, ReportingPeriods.None, ReportingRules.Ministry).Count);

    [Fact]
    public void A_provinces_own_rules_are_used_and_days_beyond_a_month_end_are_held_to_it()
    {
        var rules = new ReportingRules(CutoffDay: 31, DueDay: 31, StartMonth: 1, StartDay: 1);
        var periods = ReportingCalendar.For(2028, ReportingPeriods.Quarter, rules);

        Assert.Equal(D(2028, 1, 1), periods[0].DataFrom);
        Assert.Equal([D(2028, 3, 31), D(2028, 6, 30), D(2028, 9, 30), D(2028, 12, 31)], periods.Select(p => p.DataTo));
        Assert.Null(rules.Problem());
        Assert.NotNull(new ReportingRules(CutoffDay: 20, DueDay: 14).Problem());
    }

    [Fact]
    public void A_reporting_year_starting_on_29_February_of_a_leap_year_holds_to_the_28th_in_other_years()
    {
        var rules = new ReportingRules(StartMonth: 2, StartDay: 29);
        Assert.Equal(D(2028, 2, 29), ReportingCalendar.For(2028, ReportingPeriods.Year, rules)[0].DataFrom);
        Assert.Equal(D(2027, 2, 28), ReportingCalendar.For(2027, ReportingPeriods.Year, rules)[0].DataFrom);
    }

    [Theory]
    [InlineData(2026, 2, 28, ReportWindow.NotOpen)]
    [InlineData(2026, 3, 1, ReportWindow.Open)]
    [InlineData(2026, 3, 15, ReportWindow.DueSoon)]
    [InlineData(2026, 3, 20, ReportWindow.DueSoon)]
    [InlineData(2026, 3, 21, ReportWindow.Overdue)]
    public void A_period_opens_on_the_first_of_its_last_month_by_itself(int y, int m, int d, ReportWindow expected) =>
        Assert.Equal(expected, ReportingCalendar.Get(2026, ReportPeriodKind.Quarter1, ReportingRules.Ministry).StateOn(D(y, m, d)));

    [Theory]
    [InlineData("q1", ReportPeriodKind.Quarter1)]
    [InlineData("H1", ReportPeriodKind.HalfYear)]
    [InlineData("q3", ReportPeriodKind.NineMonths)]
    [InlineData("year", ReportPeriodKind.Year)]
    public void Period_codes_read_back(string code, ReportPeriodKind kind)
    {
        Assert.Equal(kind, ReportPeriodKindText.FromCode(code));
        Assert.Equal(code.ToLowerInvariant(), kind.Code());
    }
}
