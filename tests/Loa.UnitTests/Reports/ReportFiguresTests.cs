using Loa.Domain.Activities;
using Loa.Domain.Plans;
using Loa.Domain.Reports;
using Loa.Reports;

namespace Loa.UnitTests.Reports;

/// <summary>The report's figures against totals worked out by hand for a small plan.</summary>
public sealed class ReportFiguresTests
{
    private static readonly ReportPeriod HalfYear = ReportingCalendar.Get(2026, ReportPeriodKind.HalfYear, ReportingRules.Ministry, ReportingPeriods.Quarter);

    private static Plan SmallPlan()
    {
        KeyTask Task(int id, string label, string name, int? target, int unit, string timeframe = "Trong năm 2026") => new()
        {
            Id = id,
            Label = label,
            Name = name,
            Timeframe = timeframe,
            QuantityValue = target,
            QuantityText = target is null ? null : $"{target:00} tin",
            Units = [new KeyTaskUnit { Role = TaskUnitRole.Lead, Name = $"Đơn vị {unit}", UnitId = unit }],
        };
        var articles = Task(1, "1", "Đăng tin, bài", 20, 100);
        var parent = Task(2, "2", "Gửi tin theo lĩnh vực", null, 200);
        var child = Task(3, "2.1", "Về thủ tục hành chính", 6, 300);
        child.Parent = parent;
        child.ParentId = 2;
        parent.Children.Add(child);
        return new Plan { Id = 9, Year = 2026, Tasks = [articles, parent, child] };
    }

    private static readonly List<ReportActivity> Activities =
    [
        // Task 1, unit 100: two in quarter I, one in quarter II, one after the cut-off (not counted), one before the reporting year (not counted).
        new(1, 1, 100, new DateOnly(2026, 1, 10), 1, ChannelKind.Article, ContentArea.Procedures, null, 500, null),
        new(2, 1, 100, new DateOnly(2026, 3, 14), 2, ChannelKind.Article, ContentArea.DigitalGovernment, null, 300, null),
        new(3, 1, 100, new DateOnly(2026, 5, 2), 1, ChannelKind.Video, ContentArea.Procedures, null, 1000, null),
        new(4, 1, 100, new DateOnly(2026, 6, 15), 1, ChannelKind.Article, ContentArea.Procedures, null, 999, null),
        new(5, 1, 100, new DateOnly(2025, 12, 14), 1, ChannelKind.Article, ContentArea.Procedures, null, 999, null),

        // Task 2.1, unit 300: one conference in quarter II.
        new(6, 3, 300, new DateOnly(2026, 4, 20), 1, ChannelKind.Conference, ContentArea.Procedures, 80, null, null),
    ];

    [Fact]
    public void Task_lines_count_the_period_and_the_year_to_date()
    {
        var report = ReportFigures.Fill(new ReportDocument(), SmallPlan(), Activities, HalfYear);

        var articles = report.Tasks[0];
        Assert.Equal(("1", 20, 1, 4, 20.0), (articles.Label, articles.Target!.Value, articles.DoneThisPeriod, articles.DoneToDate, articles.Percent!.Value));
        Assert.Equal([1, 2, 3], articles.ActivityIds);
        Assert.Equal(1800, articles.Reach);

        var parent = report.Tasks[1];
        Assert.Equal(("2", 1, 1), (parent.Label, parent.DoneToDate, parent.Activities));
        Assert.Null(parent.Percent);
        var child = report.Tasks[2];
        Assert.True(child.IsSubRow);
        Assert.Equal((1, 16.7), (child.DoneToDate, child.Percent!.Value));
        Assert.Equal(("2026-06-14", "2026-03-15"), (report.Period.DataTo, report.Period.PeriodFrom));
    }

    [Fact]
    public void Totals_by_channel_and_content_area_add_up_to_the_overall_total()
    {
        var report = ReportFigures.Fill(new ReportDocument(), SmallPlan(), Activities, HalfYear);

        Assert.Equal([("Tin, bài viết", 2, 3, 800), ("Video clip, phóng sự", 1, 1, 1000), ("Hội nghị, tập huấn, tọa đàm", 1, 1, 0)], report.ByChannel.Select(c => (c.Name, c.Activities, c.Quantity, c.Views)));
        Assert.Equal(80, report.ByChannel.Single(c => c.Name == "Hội nghị, tập huấn, tọa đàm").Participants);
        Assert.Equal([("Cải cách thủ tục hành chính", 3), ("Chính quyền điện tử, chính quyền số", 1)], report.ByContentArea.Select(c => (c.Name, c.Activities)));
        Assert.Equal((4, 5, 80, 1800), (report.Overall.Activities, report.Overall.Quantity, report.Overall.Participants, report.Overall.Views));
    }

    [Fact]
    public void Late_tasks_are_listed_with_the_rule_and_the_units_own_reason()
    {
        // On 14 June 165 of 365 days have passed (45%): 20 articles need 9 by then and 4 were done; 6 items of 2.1 need 2 and 1 was done.
        var report = ReportFigures.Fill(new ReportDocument(), SmallPlan(), Activities, HalfYear, causesByUnit: new Dictionary<int, string> { [300] = "Thiếu kinh phí in ấn." });

        Assert.Equal(["1", "2.1"], report.Late.Select(l => l.Label));
        Assert.Contains("4/20", report.Late[0].Why, StringComparison.Ordinal);
        Assert.EndsWith("Thiếu kinh phí in ấn.", report.Late[1].Why, StringComparison.Ordinal);
    }

    [Fact]
    public void A_units_report_counts_only_its_own_tasks_and_activities()
    {
        var report = ReportFigures.Fill(new ReportDocument(), SmallPlan(), Activities, HalfYear, unitId: 300);

        Assert.Equal(["2", "2.1"], report.Tasks.Select(t => t.Label));
        Assert.Equal((1, 1, 80), (report.Overall.Activities, report.Overall.Quantity, report.Overall.Participants));
    }
}
