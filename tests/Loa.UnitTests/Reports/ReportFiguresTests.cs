using Loa.Activities;
using Loa.Plans;
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
        var report = ReportFigures.Fill(new ReportDocument { Issuer = new Loa.Plans.PlanIssuer { Name = "Ủy ban nhân dân xã Thử" } }, SmallPlan(), Activities, HalfYear);

        // The tables count the period (15/03 – 14/06): the clip of 2/5 and the conference of 20/4; the year to date adds 10/1 and 14/3.
        Assert.Equal([("Video clip, phóng sự", 1, 1, 1000), ("Hội nghị, tập huấn, tọa đàm", 1, 1, 0)], report.ByChannel.Select(c => (c.Name, c.Activities, c.Quantity, c.Views)));
        Assert.Equal(80, report.ByChannel.Single(c => c.Name == "Hội nghị, tập huấn, tọa đàm").Participants);
        Assert.Equal([("Cải cách thủ tục hành chính", 2)], report.ByContentArea.Select(c => (c.Name, c.Activities)));
        Assert.Equal((2, 2, 80, 1000), (report.Overall.Activities, report.Overall.Quantity, report.Overall.Participants, report.Overall.Views));
        Assert.Equal(
            (4, 5, 80, 1800), (report.OverallToDate.Activities, report.OverallToDate.Quantity, report.OverallToDate.Participants, report.OverallToDate.Views));
        Assert.Equal(
            "Trong kỳ báo cáo (từ ngày 15/03/2026 đến ngày 14/06/2026), Ủy ban nhân dân xã Thử đã triển khai 2 hoạt động thông tin, tuyên truyền cải cách hành chính "
            + "với 80 người tham dự và 1.000 lượt xem, nghe; lũy kế từ đầu năm (từ ngày 15/12/2025) 4 hoạt động với 80 người tham dự và 1.800 lượt xem, nghe.",
            report.Summary);
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
    public void A_units_report_shows_the_tasks_it_leads_whole_and_its_part_in_tasks_others_lead_apart()
    {
        // Unit 300 leads sub-row 2.1 and also wrote one article for task 1 (led by unit 100) on 1/6.
        List<ReportActivity> activities = [.. Activities, new(7, 1, 300, new DateOnly(2026, 6, 1), 1, ChannelKind.Article, ContentArea.General, null, 40, 10)];
        var whole = ReportFigures.Fill(new ReportDocument(), SmallPlan(), activities, HalfYear);
        var unit300 = ReportFigures.Fill(new ReportDocument(), SmallPlan(), activities, HalfYear, unitId: 300);

        // Its own task, as the commune's report has it; not row 2 (led by unit 200), whose only activity is 2.1's.
        Assert.True(unit300.ForUnit);
        Assert.Equal(["2.1"], unit300.Tasks.Select(t => t.Label));
        Assert.Equivalent(whole.Tasks.Single(t => t.Label == "2.1"), unit300.Tasks[0], strict: true);
        Assert.Equal(["2.1"], unit300.Late.Select(l => l.Label));
        // Task 1 apart: its one article, no verdict; task 1's lateness is unit 100's.
        var part = Assert.Single(unit300.Contributions);
        Assert.Equal(("1", 1, 1, 1), (part.Label, part.DoneThisPeriod, part.DoneToDate, part.Activities));
        Assert.Equal([7], part.ActivityIds);
        // Its totals: what it did itself, the conference and the article.
        Assert.Equal(
            (2, 2, 80, 40, 10),
            (unit300.Overall.Activities, unit300.Overall.Quantity, unit300.Overall.Participants, unit300.Overall.Views, unit300.Overall.Copies));

        // Unit 100 leads task 1: 4 + unit 300's article = 5 to date, 2 this period, and late as in the commune's report.
        var unit100 = ReportFigures.Fill(new ReportDocument(), SmallPlan(), activities, HalfYear, unitId: 100);
        Assert.Equal(["1"], unit100.Tasks.Select(t => t.Label));
        Assert.Equal((2, 5), (unit100.Tasks[0].DoneThisPeriod, unit100.Tasks[0].DoneToDate));
        Assert.Equivalent(whole.Tasks[0], unit100.Tasks[0], strict: true);
        Assert.Equal(["1"], unit100.Late.Select(l => l.Label));
        Assert.Empty(unit100.Contributions);
        Assert.Equal((3, 4), (unit100.OverallToDate.Activities, unit100.OverallToDate.Quantity));
    }

    [Fact]
    public void A_snapshot_of_the_first_format_keeps_its_totals_as_the_year_to_date()
    {
        var old = new ReportDocument { Format = ReportDocument.FirstFormatName, Overall = new ReportTotal { Name = "Tổng cộng", Activities = 26, Quantity = 30 } };
        var read = ReportAssembly.Read(ReportAssembly.Write(old));
        Assert.True(read.TotalsAreToDate);
        Assert.Equal(26, read.OverallToDate.Activities);
        Assert.False(ReportAssembly.Read(ReportAssembly.Write(ReportFigures.Fill(new ReportDocument(), SmallPlan(), Activities, HalfYear))).TotalsAreToDate);
    }
}
