using System.Globalization;
using Loa.Dashboards;
using Loa.Dashboards.Figures;
using Loa.Plans;
using Loa.Reports;

namespace Loa.UnitTests.Dashboards.Figures;

/// <summary>The judgements made when the read model is read: the plan against its deadline, each report against its window.</summary>
public sealed class FigureStandingsTests
{
    private static readonly DateOnly Due = new(2026, 3, 31);
    private static readonly ReportPeriod HalfYear = ReportingCalendar.Get(2026, ReportPeriodKind.HalfYear, ReportingRules.Ministry);
    private static readonly ReportPeriod Quarter1 = ReportingCalendar.Get(2026, ReportPeriodKind.Quarter1, ReportingRules.Ministry);

    [Theory]
    [InlineData(PlanStatus.Issued, "2026-03-31", "2026-07-01", PlanStanding.OnTime)]
    [InlineData(PlanStatus.Issued, "2026-04-01", "2026-07-01", PlanStanding.Late)]
    [InlineData(PlanStatus.Draft, null, "2026-03-31", PlanStanding.Pending)]
    [InlineData(PlanStatus.Submitted, null, "2026-04-01", PlanStanding.Missing)]
    [InlineData(null, null, "2026-04-01", PlanStanding.Missing)]
    public void The_plan_is_judged_by_its_first_issue_against_the_deadline(PlanStatus? status, string? firstIssued, string today, PlanStanding expected)
    {
        var figures = new CommuneFigures
        {
            PlanStatus = status,
            FirstIssuedOn = firstIssued is null ? null : DateOnly.Parse(firstIssued, CultureInfo.InvariantCulture),
        };

        Assert.Equal(expected, FigureStandings.Plan(figures, Due, DateOnly.Parse(today, CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_report_without_an_issued_plan_or_not_asked_for_is_not_judged()
    {
        var draft = new CommuneFigures { PlanStatus = PlanStatus.Draft, RequiredReports = ReportingPeriods.HalfYear };
        var halfYearOnly = new CommuneFigures { PlanStatus = PlanStatus.Issued, RequiredReports = ReportingPeriods.HalfYear };

        Assert.Equal(ReportStanding.NoPlan, FigureStandings.Report(draft, HalfYear, HalfYear.Due.AddDays(10)));
        Assert.Equal(ReportStanding.NotRequired, FigureStandings.Report(halfYearOnly, Quarter1, Quarter1.Due.AddDays(10)));
    }

    [Fact]
    public void A_report_is_sent_on_time_by_its_due_day_and_late_after_it()
    {
        var onTime = new CommuneFigures { PlanStatus = PlanStatus.Issued, RequiredReports = ReportingPeriods.HalfYear, HalfYearSentOn = HalfYear.Due };
        var late = new CommuneFigures { PlanStatus = PlanStatus.Issued, RequiredReports = ReportingPeriods.HalfYear, HalfYearSentOn = HalfYear.Due.AddDays(1) };

        Assert.Equal(ReportStanding.SentOnTime, FigureStandings.Report(onTime, HalfYear, HalfYear.Due.AddDays(30)));
        Assert.Equal(ReportStanding.SentLate, FigureStandings.Report(late, HalfYear, HalfYear.Due.AddDays(30)));
    }

    [Fact]
    public void A_report_not_sent_is_judged_by_the_day_it_is_read()
    {
        var waiting = new CommuneFigures { PlanStatus = PlanStatus.Issued, RequiredReports = ReportingPeriods.None };

        Assert.Equal(ReportStanding.NotOpen, FigureStandings.Report(waiting, HalfYear, HalfYear.Opens.AddDays(-1)));
        Assert.Equal(ReportStanding.Open, FigureStandings.Report(waiting, HalfYear, HalfYear.Due));
        Assert.Equal(ReportStanding.Missing, FigureStandings.Report(waiting, HalfYear, HalfYear.Due.AddDays(1)));
    }

    [Fact]
    public void The_row_of_the_province_table_carries_the_stored_counts_and_todays_judgements()
    {
        var figures = new CommuneFigures
        {
            CommuneId = 7,
            Code = "26377",
            Name = "Phường Phước Tân",
            PlanId = 3,
            PlanStatus = PlanStatus.Issued,
            IssuedOn = new DateOnly(2026, 5, 2),
            FirstIssuedOn = new DateOnly(2026, 2, 1),
            Tasks = 10,
            TasksCompleted = 4,
            TasksLate = 2,
            Activities = 120,
            Reach = 5000,
        };

        var row = FigureStandings.Standing(figures, Due, [Quarter1, HalfYear], HalfYear.Due.AddDays(1));

        Assert.Equal((7, PlanStanding.OnTime, new DateOnly(2026, 5, 2), 0.4), (row.CommuneId, row.Plan, row.IssuedOn, row.Completion));
        Assert.Equal((2, 120, 5000L), (row.TasksLate, row.Activities, row.Reach));
        Assert.Equal(ReportStanding.Missing, row.Reports[ReportPeriodKind.HalfYear]);
        Assert.True(row.IsLate);
    }
}
