using System.Globalization;
using Loa.Plans.Progress;

namespace Loa.UnitTests.Plans.Progress;

/// <summary>Whether a task is on time on a given day, as the coordinator and the province see it on the dashboard.</summary>
public sealed class ProgressRulesTests
{
    private const int Year = 2026;

    [Fact]
    public void A_met_target_is_completed_even_before_the_end()
    {
        var progress = Evaluate("Trong năm 2026", 5, "2026-07-01", ("2026-02-10", 2), ("2026-05-10", 3));

        Assert.Equal(ProgressStatus.Completed, progress.Status);
        Assert.Equal(5, progress.Done);
        Assert.Equal(2, progress.ActivityCount);
        Assert.Equal(1, progress.QuantityShare);
        Assert.Contains("5/5", progress.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void More_than_the_target_is_completed_and_the_share_is_capped()
    {
        var progress = Evaluate("Trong năm 2026", 2, "2026-03-01", ("2026-02-10", 3));

        Assert.Equal(ProgressStatus.Completed, progress.Status);
        Assert.Equal(1, progress.QuantityShare);
    }

    [Theory]
    [InlineData("Quý III/2026", "2026-05-20")]
    [InlineData("6 tháng cuối năm", "2026-06-30")]
    [InlineData("Tháng 12/2026", "2026-11-30")]
    public void Before_the_timeframe_starts_the_task_has_not_started(string timeframe, string today)
    {
        var progress = Evaluate(timeframe, 1, today);

        Assert.Equal(ProgressStatus.NotStarted, progress.Status);
        Assert.False(progress.IsLate);
        Assert.Equal(0, progress.TimeElapsed);
    }

    [Fact]
    public void Not_started_says_when_it_starts()
    {
        var progress = Evaluate("Quý III/2026", 1, "2026-05-20");

        Assert.Contains("01/07/2026", progress.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, ProgressStatus.Behind)]
    [InlineData(1, ProgressStatus.Behind)]
    [InlineData(2, ProgressStatus.OnTrack)]
    [InlineData(3, ProgressStatus.OnTrack)]
    public void Five_over_the_year_needs_two_by_the_first_of_july(int done, ProgressStatus expected)
    {
        var activities = Enumerable.Range(1, done).Select(m => ($"2026-0{m}-15", 1)).ToArray();

        var progress = Evaluate("Trong năm 2026", 5, "2026-07-01", activities);

        Assert.Equal(expected, progress.Status);
        Assert.Equal(done, progress.Done);
    }

    // ADR 0008, "small targets": the k-th unit of a target is due once half of its share of the time has passed
    // (expected = target × elapsed share, rounded to the nearest), so a one-off task is behind past the middle of its time.
    [Theory]
    [InlineData("Trong năm 2026", 1, "2026-07-01", 0, ProgressStatus.OnTrack)]
    [InlineData("Trong năm 2026", 1, "2026-07-02", 0, ProgressStatus.Behind)]
    [InlineData("Trong năm 2026", 1, "2026-09-30", 0, ProgressStatus.Behind)]
    [InlineData("Trong năm 2026", 1, "2026-12-07", 0, ProgressStatus.Behind)]
    [InlineData("Quý III/2026", 1, "2026-09-30", 0, ProgressStatus.Behind)]
    [InlineData("Quý III/2026", 1, "2026-08-10", 0, ProgressStatus.OnTrack)]
    [InlineData("Trong năm 2026", 2, "2026-04-01", 0, ProgressStatus.OnTrack)]
    [InlineData("Trong năm 2026", 2, "2026-04-02", 0, ProgressStatus.Behind)]
    [InlineData("Trong năm 2026", 4, "2026-09-30", 2, ProgressStatus.Behind)]
    [InlineData("Trong năm 2026", 4, "2026-09-30", 3, ProgressStatus.OnTrack)]
    [InlineData("Trong năm 2026", 24, "2026-06-30", 11, ProgressStatus.Behind)]
    [InlineData("Trong năm 2026", 24, "2026-06-30", 12, ProgressStatus.OnTrack)]
    public void A_unit_of_a_target_is_due_once_half_its_share_of_the_time_has_passed(
        string timeframe, int target, string today, int done, ProgressStatus expected)
    {
        var activities = done > 0 ? [("2026-01-15", done)] : Array.Empty<(string, int)>();

        var progress = Evaluate(timeframe, target, today, activities);

        Assert.Equal(expected, progress.Status);
    }

    [Theory]
    [InlineData("2026-05-15", ProgressStatus.OnTrack)]
    [InlineData("2026-05-17", ProgressStatus.Behind)]
    public void A_span_without_target_is_behind_past_its_middle_with_no_activity(string today, ProgressStatus expected)
    {
        Assert.Equal(expected, Evaluate("Quý II/2026", null, today).Status);
    }

    [Fact]
    public void Behind_explains_what_is_done_and_what_time_asks_for()
    {
        var progress = Evaluate("Trong năm 2026", 5, "2026-07-01", ("2026-03-01", 1));

        Assert.True(progress.IsLate);
        Assert.Contains("1/5", progress.Explanation, StringComparison.Ordinal);
        Assert.Contains("2", progress.Explanation.Replace("1/5", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Equal("Chậm tiến độ", progress.Status.Label());
    }

    [Fact]
    public void Early_in_the_year_nothing_done_is_still_on_track()
    {
        var progress = Evaluate("Trong năm 2026", 5, "2026-02-01");

        Assert.Equal(ProgressStatus.OnTrack, progress.Status);
    }

    [Theory]
    [InlineData("Trong năm 2026", "2027-01-05", 3)]
    [InlineData("Quý II/2026", "2026-07-01", 1)]
    [InlineData("Trước ngày 30/6/2026", "2026-07-01", 0)]
    public void After_the_end_an_unmet_target_is_overdue(string timeframe, string today, int done)
    {
        var activities = done > 0 ? [("2026-05-10", done)] : Array.Empty<(string, int)>();

        var progress = Evaluate(timeframe, 5, today, activities);

        Assert.Equal(ProgressStatus.Overdue, progress.Status);
        Assert.True(progress.IsLate);
        Assert.Contains($"{done}/5", progress.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_last_day_of_the_timeframe_is_not_yet_overdue()
    {
        var progress = Evaluate("Trước ngày 30/6/2026", 2, "2026-06-30", ("2026-03-01", 1));

        Assert.NotEqual(ProgressStatus.Overdue, progress.Status);
    }

    [Fact]
    public void Quarterly_task_with_nothing_in_the_first_quarter_is_behind()
    {
        var progress = Evaluate("Định kỳ 01 lần/quý", null, "2026-04-10");

        Assert.Equal(ProgressStatus.Behind, progress.Status);
        Assert.Contains("quý 1", progress.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Quarterly_task_during_the_first_quarter_is_on_track()
    {
        var progress = Evaluate("Định kỳ 01 lần/quý", null, "2026-03-20");

        Assert.Equal(ProgressStatus.OnTrack, progress.Status);
    }

    [Fact]
    public void Quarterly_task_with_every_ended_quarter_covered_is_on_track()
    {
        var progress = Evaluate("Hằng quý", null, "2026-08-01", ("2026-02-01", 1), ("2026-05-01", 1));

        Assert.Equal(ProgressStatus.OnTrack, progress.Status);
        Assert.Contains("2", progress.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Quarterly_task_names_the_missed_quarter()
    {
        var progress = Evaluate("Định kỳ 01 lần/quý", null, "2026-10-15", ("2026-02-01", 1), ("2026-08-01", 1));

        Assert.Equal(ProgressStatus.Behind, progress.Status);
        Assert.Contains("quý 2", progress.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("quý 1", progress.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Quarterly_task_with_every_quarter_covered_is_completed_after_the_year()
    {
        var progress = Evaluate("Định kỳ 01 lần/quý", null, "2027-01-10", ("2026-02-01", 1), ("2026-05-01", 1), ("2026-08-01", 1), ("2026-11-01", 1));

        Assert.Equal(ProgressStatus.Completed, progress.Status);
    }

    [Fact]
    public void Quarterly_task_with_a_missed_quarter_is_overdue_after_the_year()
    {
        var progress = Evaluate("Định kỳ 01 lần/quý", null, "2027-01-10", ("2026-02-01", 1), ("2026-05-01", 1), ("2026-08-01", 1));

        Assert.Equal(ProgressStatus.Overdue, progress.Status);
        Assert.Contains("quý 4", progress.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Twice_a_month_needs_two_activities_in_each_ended_month()
    {
        var once = Evaluate("02 lần/tháng", null, "2026-02-05", ("2026-01-10", 1));
        var twice = Evaluate("02 lần/tháng", null, "2026-02-05", ("2026-01-10", 1), ("2026-01-20", 1));

        Assert.Equal(ProgressStatus.Behind, once.Status);
        Assert.Contains("tháng 1", once.Explanation, StringComparison.Ordinal);
        Assert.Equal(ProgressStatus.OnTrack, twice.Status);
    }

    [Fact]
    public void Ongoing_task_without_activity_for_ninety_days_is_behind()
    {
        var progress = Evaluate("Thường xuyên", null, "2026-06-01", ("2026-02-01", 1));

        Assert.Equal(ProgressStatus.Behind, progress.Status);
        Assert.Contains("90", progress.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Ongoing_task_with_a_recent_activity_is_on_track()
    {
        var progress = Evaluate("Thường xuyên", null, "2026-06-01", ("2026-02-01", 1), ("2026-05-20", 1));

        Assert.Equal(ProgressStatus.OnTrack, progress.Status);
        Assert.Contains("2", progress.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Ongoing_task_in_its_first_ninety_days_is_not_behind_yet()
    {
        var progress = Evaluate("Thường xuyên", null, "2026-03-01");

        Assert.Equal(ProgressStatus.OnTrack, progress.Status);
    }

    [Fact]
    public void Ongoing_task_done_through_the_year_is_completed_after_it()
    {
        var progress = Evaluate("Thường xuyên", null, "2027-01-05", ("2026-11-01", 1));

        Assert.Equal(ProgressStatus.Completed, progress.Status);
    }

    [Fact]
    public void Activities_dated_after_today_are_not_counted()
    {
        var progress = Evaluate("Trong năm 2026", 2, "2026-03-01", ("2026-02-01", 1), ("2026-09-01", 1));

        Assert.Equal(1, progress.Done);
        Assert.Equal(1, progress.ActivityCount);
        Assert.NotEqual(ProgressStatus.Completed, progress.Status);
    }

    [Fact]
    public void A_future_activity_does_not_keep_an_ongoing_task_on_track()
    {
        var progress = Evaluate("Thường xuyên", null, "2026-06-01", ("2026-12-01", 1));

        Assert.Equal(ProgressStatus.Behind, progress.Status);
    }

    [Fact]
    public void A_span_without_target_and_no_activity_late_in_its_time_is_behind()
    {
        var progress = Evaluate("Quý II/2026", null, "2026-06-20");

        Assert.Equal(ProgressStatus.Behind, progress.Status);
    }

    [Fact]
    public void Every_explanation_is_vietnamese_text()
    {
        var cases = new[]
        {
            Evaluate("Trong năm 2026", 5, "2026-07-01"),
            Evaluate("Quý III/2026", 1, "2026-05-20"),
            Evaluate("Quý II/2026", 5, "2026-07-01"),
            Evaluate("Định kỳ 01 lần/quý", null, "2026-04-10"),
            Evaluate("Thường xuyên", null, "2026-06-01"),
        };

        Assert.All(cases, p => Assert.Matches("[ạảãàáâậầấẩẫăắằặẳẵđêếềệểễôồốộổỗơớờợởỡưứừựửữ]", p.Explanation));
    }

    private static TaskProgress Evaluate(string timeframe, int? target, string today, params (string Date, int Quantity)[] activities) =>
        ProgressRules.Evaluate(
            TimeframeReader.Read(timeframe, Year),
            target,
            activities.Select(a => (D(a.Date), a.Quantity)).ToList(),
            D(today));

    private static DateOnly D(string iso) => DateOnly.Parse(iso, CultureInfo.InvariantCulture);
}
