using Loa.Activities;
using Loa.Inspections;
using Loa.Plans;
using Loa.Plans.Progress;
using Loa.Reports;

namespace Loa.UnitTests.Inspections;

/// <summary>Each computed checklist item on hand-computed cases: on time, late, missing, and data after the day not counted.</summary>
public sealed class ChecklistMeasuresTests
{
    private static readonly DateOnly Due = new(2026, 3, 31);

    // Plan issued on time

    [Fact]
    public void A_plan_issued_by_the_deadline_is_met()
    {
        var result = ChecklistMeasures.PlanOnTime(new PlanFact(7, "KH", true, new DateOnly(2026, 3, 31), "05/KH-UBND"), Due, new DateOnly(2026, 11, 20));

        Assert.Equal(ItemVerdict.Met, result.Verdict);
        Assert.Contains("05/KH-UBND", result.Value, StringComparison.Ordinal);
        Assert.Contains("31/03/2026", result.Value, StringComparison.Ordinal);
        Assert.Equal("/plans/details/7", Assert.Single(result.Details).Url);
    }

    [Fact]
    public void A_plan_issued_after_the_deadline_is_late_by_its_days()
    {
        var result = ChecklistMeasures.PlanOnTime(new PlanFact(7, "KH", true, new DateOnly(2026, 4, 10), null), Due, new DateOnly(2026, 11, 20));

        Assert.Equal(ItemVerdict.NotMet, result.Verdict);
        Assert.Contains("quá hạn 31/03/2026 10 ngày", result.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void No_issued_plan_is_missing_after_the_deadline_and_pending_before()
    {
        var draft = new PlanFact(7, "KH", false, null, null);

        Assert.Equal(ItemVerdict.NotMet, ChecklistMeasures.PlanOnTime(draft, Due, new DateOnly(2026, 4, 1)).Verdict);
        Assert.Equal(ItemVerdict.NotMet, ChecklistMeasures.PlanOnTime(null, Due, new DateOnly(2026, 4, 1)).Verdict);
        Assert.Equal(ItemVerdict.Pending, ChecklistMeasures.PlanOnTime(null, Due, new DateOnly(2026, 3, 31)).Verdict);
    }

    [Fact]
    public void A_plan_issued_after_the_visit_day_counts_as_not_issued_on_that_day()
    {
        var plan = new PlanFact(7, "KH", true, new DateOnly(2026, 3, 20), null);

        Assert.Equal(ItemVerdict.Pending, ChecklistMeasures.PlanOnTime(plan, Due, new DateOnly(2026, 3, 10)).Verdict);
    }

    // Periodic reports sent on time

    private static IReadOnlyList<ReportPeriod> Periods() => ReportingCalendar.For(2026, ReportingPeriods.Quarter, new ReportingRules(14, 20, 12, 15));

    [Fact]
    public void Every_report_due_sent_by_its_due_day_is_met()
    {
        // Due: quý I 20/03, 6 tháng 20/06; 9 tháng (20/09) is not due yet on 01/07.
        var sent = new[]
        {
            new SentReport(ReportPeriodKind.Quarter1, new DateOnly(2026, 3, 20)),
            new SentReport(ReportPeriodKind.HalfYear, new DateOnly(2026, 6, 18)),
        };

        var result = ChecklistMeasures.ReportsOnTime(9, Periods(), sent, new DateOnly(2026, 7, 1));

        Assert.Equal(ItemVerdict.Met, result.Verdict);
        Assert.StartsWith("2/2 báo cáo", result.Value, StringComparison.Ordinal);
        Assert.Equal(["/reports/commune?plan=9&period=q1", "/reports/commune?plan=9&period=h1"], result.Details.Select(d => d.Url));
    }

    [Fact]
    public void A_late_report_and_a_missing_one_are_not_met_and_named()
    {
        var sent = new[] { new SentReport(ReportPeriodKind.Quarter1, new DateOnly(2026, 3, 25)) };

        var result = ChecklistMeasures.ReportsOnTime(9, Periods(), sent, new DateOnly(2026, 7, 1));

        Assert.Equal(ItemVerdict.NotMet, result.Verdict);
        Assert.Equal("0/2 báo cáo đến hạn gửi đúng hạn; 1 gửi muộn; 1 chưa gửi", result.Value);
        Assert.Contains("muộn 5 ngày", result.Details[0].Text, StringComparison.Ordinal);
        Assert.Contains("chưa gửi", result.Details[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_before_the_first_due_day_are_pending_and_a_report_sent_after_the_visit_is_missing_on_it()
    {
        Assert.Equal(ItemVerdict.Pending, ChecklistMeasures.ReportsOnTime(9, Periods(), [], new DateOnly(2026, 3, 20)).Verdict);

        var sentLater = new[] { new SentReport(ReportPeriodKind.Quarter1, new DateOnly(2026, 3, 19)) };
        Assert.Equal(ItemVerdict.Met, ChecklistMeasures.ReportsOnTime(9, Periods(), sentLater, new DateOnly(2026, 3, 21)).Verdict);
        var sentAfter = new[] { new SentReport(ReportPeriodKind.Quarter1, new DateOnly(2026, 3, 22)) };
        Assert.Equal(ItemVerdict.NotMet, ChecklistMeasures.ReportsOnTime(9, Periods(), sentAfter, new DateOnly(2026, 3, 21)).Verdict);
        Assert.Equal(ItemVerdict.NotMet, ChecklistMeasures.ReportsOnTime(null, Periods(), [], new DateOnly(2026, 7, 1)).Verdict);
    }

    // Channels used

    [Fact]
    public void Channels_are_counted_once_each_up_to_the_day_against_the_bar()
    {
        var activities = new[]
        {
            new ActivityFact(1, new DateOnly(2026, 2, 1), ChannelKind.Broadcast),
            new ActivityFact(2, new DateOnly(2026, 3, 1), ChannelKind.Broadcast),
            new ActivityFact(3, new DateOnly(2026, 4, 1), ChannelKind.Video),
            new ActivityFact(4, new DateOnly(2026, 5, 1), ChannelKind.Conference),
            new ActivityFact(5, new DateOnly(2026, 9, 1), ChannelKind.Leaflet),
        };

        var before = ChecklistMeasures.ChannelsUsed(9, activities, new DateOnly(2026, 6, 30), 4);
        var after = ChecklistMeasures.ChannelsUsed(9, activities, new DateOnly(2026, 9, 1), 4);

        Assert.Equal(ItemVerdict.NotMet, before.Verdict);
        Assert.StartsWith("3 hình thức", before.Value, StringComparison.Ordinal);
        Assert.Equal("/activities/details/1", before.Details[0].Url);
        Assert.Contains("2 hoạt động", before.Details[0].Text, StringComparison.Ordinal);
        Assert.Equal(ItemVerdict.Met, after.Verdict);
        Assert.Equal(ItemVerdict.NotMet, ChecklistMeasures.ChannelsUsed(null, activities, new DateOnly(2026, 9, 1), 1).Verdict);
    }

    // Portal kept up to date

    [Fact]
    public void The_portal_is_up_to_date_when_its_latest_news_is_within_the_days()
    {
        var articles = new[] { new ArticleFact(1, "Tin 1", new DateOnly(2026, 10, 1)), new ArticleFact(2, "Tin 2", new DateOnly(2026, 10, 21)) };

        var fresh = ChecklistMeasures.PortalUpToDate(articles, new DateOnly(2026, 11, 20), 30);
        var stale = ChecklistMeasures.PortalUpToDate(articles, new DateOnly(2026, 11, 21), 30);

        Assert.Equal(ItemVerdict.Met, fresh.Verdict);
        Assert.Contains("21/10/2026 (30 ngày trước)", fresh.Value, StringComparison.Ordinal);
        Assert.Equal("/articles/preview/2", fresh.Details[0].Url);
        Assert.Equal(ItemVerdict.NotMet, stale.Verdict);
    }

    [Fact]
    public void A_portal_with_no_news_by_the_day_is_not_met()
    {
        var articles = new[] { new ArticleFact(1, "Tin 1", new DateOnly(2026, 12, 1)) };

        var result = ChecklistMeasures.PortalUpToDate(articles, new DateOnly(2026, 11, 20), 30);

        Assert.Equal(ItemVerdict.NotMet, result.Verdict);
        Assert.Empty(result.Details);
    }

    // Feedback answered in time

    [Fact]
    public void Feedback_answered_by_its_deadline_counts_in_time_late_and_overdue_ones_are_listed()
    {
        var feedback = new[]
        {
            new FeedbackFact(11, 1, new DateOnly(2026, 5, 10), new DateOnly(2026, 5, 10)),
            new FeedbackFact(12, 2, new DateOnly(2026, 5, 10), new DateOnly(2026, 5, 12)),
            new FeedbackFact(13, 3, new DateOnly(2026, 6, 1), null),
            new FeedbackFact(14, 4, new DateOnly(2026, 7, 30), null),
        };

        var result = ChecklistMeasures.FeedbackInTime(feedback, new DateOnly(2026, 7, 1), 100);

        Assert.Equal(ItemVerdict.NotMet, result.Verdict);
        Assert.StartsWith("1/3 phản ánh", result.Value, StringComparison.Ordinal);
        Assert.Equal(["/feedback/details/12", "/feedback/details/13"], result.Details.Select(d => d.Url));
        Assert.Contains("muộn 2 ngày", result.Details[0].Text, StringComparison.Ordinal);
        Assert.Contains("chưa trả lời, đã quá hạn", result.Details[1].Text, StringComparison.Ordinal);
        Assert.Equal(ItemVerdict.Met, ChecklistMeasures.FeedbackInTime(feedback, new DateOnly(2026, 7, 1), 30).Verdict);
    }

    [Fact]
    public void Feedback_not_yet_due_is_nothing_to_judge_and_an_answer_after_the_day_does_not_count()
    {
        var feedback = new[] { new FeedbackFact(11, 1, new DateOnly(2026, 5, 10), new DateOnly(2026, 5, 8)) };

        Assert.Equal(ItemVerdict.NotApplicable, ChecklistMeasures.FeedbackInTime(feedback, new DateOnly(2026, 5, 7), 100).Verdict);
        Assert.Equal(ItemVerdict.Met, ChecklistMeasures.FeedbackInTime(feedback, new DateOnly(2026, 5, 8), 100).Verdict);
        Assert.Equal(ItemVerdict.NotApplicable, ChecklistMeasures.FeedbackInTime([], new DateOnly(2026, 5, 8), 100).Verdict);
    }

    // Tasks completed

    [Fact]
    public void Task_completion_is_the_share_of_completed_tasks_against_the_bar_with_late_tasks_listed()
    {
        var tasks = new[]
        {
            new TaskFact(1, "1", "Đăng tin", ProgressStatus.Completed),
            new TaskFact(2, "2", "Video", ProgressStatus.Completed),
            new TaskFact(3, "3", "Hội nghị", ProgressStatus.Completed),
            new TaskFact(4, "4", "Tờ rơi", ProgressStatus.Overdue),
        };

        var result = ChecklistMeasures.TasksCompleted(9, tasks, 80);

        Assert.Equal(ItemVerdict.NotMet, result.Verdict);
        Assert.Equal("3/4 nhiệm vụ hoàn thành (75%; yêu cầu 80%); 1 chậm tiến độ", result.Value);
        Assert.Contains(result.Details, d => d.Text.Contains("Tờ rơi", StringComparison.Ordinal));
        Assert.Equal(ItemVerdict.Met, ChecklistMeasures.TasksCompleted(9, tasks, 75).Verdict);
        Assert.Equal(ItemVerdict.NotMet, ChecklistMeasures.TasksCompleted(null, tasks, 10).Verdict);
        Assert.Equal(ItemVerdict.NotMet, ChecklistMeasures.TasksCompleted(9, [], 0).Verdict);
    }

    [Fact]
    public void Evidence_lines_survive_storage()
    {
        var line = new EvidenceLine("Báo cáo quý I", "/reports/commune?plan=9&period=q1");

        Assert.Equal(line, EvidenceLine.Parse(line.Stored));
        Assert.Equal(new EvidenceLine("Không có liên kết"), EvidenceLine.Parse("Không có liên kết"));
    }
}
