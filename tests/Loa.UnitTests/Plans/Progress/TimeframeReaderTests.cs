using Loa.Plans.Progress;

namespace Loa.UnitTests.Plans.Progress;

/// <summary>The "Thời gian thực hiện" cell of a task, as real plans write it, read into dates of the plan's year.</summary>
public sealed class TimeframeReaderTests
{
    private const int Year = 2026;

    [Theory]
    [InlineData("Thường xuyên")]
    [InlineData("thường xuyên")]
    [InlineData("THƯỜNG XUYÊN")]
    [InlineData("Thường xuyên, liên tục")]
    public void Ongoing_covers_the_plan_year(string text)
    {
        var timeframe = TimeframeReader.Read(text, Year);

        Assert.Equal(TimeframeKind.Ongoing, timeframe.Kind);
        AssertDates(timeframe, "2026-01-01", "2026-12-31");
    }

    [Theory]
    [InlineData("Trong năm 2026")]
    [InlineData("Trong năm 2026 theo kế hoạch của thành phố")]
    [InlineData("Năm 2026")]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Theo chỉ đạo của cấp trên")]
    [InlineData("xyz ??? 123")]
    public void The_year_or_unreadable_text_means_the_whole_year(string? text)
    {
        var timeframe = TimeframeReader.Read(text, Year);

        Assert.Equal(TimeframeKind.Span, timeframe.Kind);
        AssertDates(timeframe, "2026-01-01", "2026-12-31");
    }

    [Theory]
    [InlineData("Định kỳ 01 lần/quý", 3, 1)]
    [InlineData("Định kỳ 01 lần / quý", 3, 1)]
    [InlineData("Hằng quý", 3, 1)]
    [InlineData("Hàng quý", 3, 1)]
    [InlineData("Hàng tháng", 1, 1)]
    [InlineData("Hằng tháng", 1, 1)]
    [InlineData("Mỗi tháng", 1, 1)]
    [InlineData("02 lần/tháng", 1, 2)]
    [InlineData("2 lần/quý", 3, 2)]
    [InlineData("Định kỳ 6 tháng", 6, 1)]
    [InlineData("01 lần/năm", 12, 1)]
    [InlineData("Hằng năm", 12, 1)]
    public void Recurring_tasks_have_a_period_and_a_count_per_period(string text, int periodMonths, int perPeriod)
    {
        var timeframe = TimeframeReader.Read(text, Year);

        Assert.Equal(TimeframeKind.Recurring, timeframe.Kind);
        Assert.Equal(periodMonths, timeframe.PeriodMonths);
        Assert.Equal(perPeriod, timeframe.PerPeriod);
        AssertDates(timeframe, "2026-01-01", "2026-12-31");
    }

    [Fact]
    public void A_quarterly_task_has_four_quarters()
    {
        var quarters = TimeframeReader.Read("Định kỳ 01 lần/quý", Year).Periods().ToList();

        Assert.Equal(
            [
                (D("2026-01-01"), D("2026-03-31")),
                (D("2026-04-01"), D("2026-06-30")),
                (D("2026-07-01"), D("2026-09-30")),
                (D("2026-10-01"), D("2026-12-31")),
            ],
            quarters);
    }

    [Theory]
    [InlineData("Quý I/2026", "2026-01-01", "2026-03-31")]
    [InlineData("Quý II/2026", "2026-04-01", "2026-06-30")]
    [InlineData("quý 3", "2026-07-01", "2026-09-30")]
    [InlineData("Quý III năm 2026", "2026-07-01", "2026-09-30")]
    [InlineData("Quý IV năm 2026", "2026-10-01", "2026-12-31")]
    [InlineData("Trong Quý 4", "2026-10-01", "2026-12-31")]
    public void A_quarter_spans_its_three_months(string text, string start, string end)
    {
        var timeframe = TimeframeReader.Read(text, Year);

        Assert.Equal(TimeframeKind.Span, timeframe.Kind);
        AssertDates(timeframe, start, end);
    }

    [Theory]
    [InlineData("Tháng 3/2026", "2026-03-01", "2026-03-31")]
    [InlineData("Tháng 3 năm 2026", "2026-03-01", "2026-03-31")]
    [InlineData("Trong tháng 12", "2026-12-01", "2026-12-31")]
    [InlineData("Tháng 02/2026", "2026-02-01", "2026-02-28")]
    [InlineData("6 tháng đầu năm", "2026-01-01", "2026-06-30")]
    [InlineData("06 tháng đầu năm 2026", "2026-01-01", "2026-06-30")]
    [InlineData("6 tháng cuối năm", "2026-07-01", "2026-12-31")]
    [InlineData("Từ tháng 3 đến tháng 6", "2026-03-01", "2026-06-30")]
    [InlineData("Từ tháng 3 đến tháng 6 năm 2026", "2026-03-01", "2026-06-30")]
    [InlineData("Từ tháng 01 đến hết tháng 02/2026", "2026-01-01", "2026-02-28")]
    [InlineData("Tháng 3 - tháng 6/2026", "2026-03-01", "2026-06-30")]
    [InlineData("Tháng 3–6/2026", "2026-03-01", "2026-06-30")]
    [InlineData("Tháng 9-12", "2026-09-01", "2026-12-31")]
    [InlineData("Tháng 12-2026", "2026-12-01", "2026-12-31")] // month and year, not a range
    public void Months_and_halves_span_whole_months(string text, string start, string end)
    {
        var timeframe = TimeframeReader.Read(text, Year);

        Assert.Equal(TimeframeKind.Span, timeframe.Kind);
        AssertDates(timeframe, start, end);
    }

    [Theory]
    [InlineData("Trước ngày 30/6/2026", "2026-06-30")]
    [InlineData("trước ngày 30-6-2026", "2026-06-30")]
    [InlineData("Chậm nhất ngày 17 tháng 02 năm 2026", "2026-02-17")]
    [InlineData("Ban hành kế hoạch chậm nhất trước ngày 17 tháng 02 năm 2026", "2026-02-17")]
    [InlineData("Hoàn thành trước 15/3", "2026-03-15")]
    [InlineData("Thời hạn: 31/10/2026", "2026-10-31")]
    [InlineData("Ngày 15/5/2026", "2026-05-15")]
    public void A_date_is_a_deadline_ending_that_day(string text, string end)
    {
        var timeframe = TimeframeReader.Read(text, Year);

        Assert.Equal(TimeframeKind.Deadline, timeframe.Kind);
        AssertDates(timeframe, "2026-01-01", end);
    }

    [Fact]
    public void A_deadline_set_in_the_year_before_ends_that_day_and_does_not_start_after_it()
    {
        var timeframe = TimeframeReader.Read("Trước ngày 20/12/2025", Year);

        Assert.Equal(TimeframeKind.Deadline, timeframe.Kind);
        Assert.Equal(D("2025-12-20"), timeframe.End);
        Assert.True(timeframe.Start <= timeframe.End);
    }

    [Theory]
    [InlineData("Trước ngày 31/2/2026")]
    [InlineData("Trước ngày 29/2/2026")] // 2026 is not a leap year
    [InlineData("Chậm nhất ngày 32 tháng 1 năm 2026")]
    [InlineData("Trước ngày 15/13/2026")]
    [InlineData("Trước ngày 0/5/2026")]
    [InlineData("Tháng 13/2026")]
    [InlineData("Từ tháng 6 đến tháng 3")]
    [InlineData("Quý V/2026")]
    public void Impossible_dates_do_not_crash_and_fall_back_to_a_span_of_the_year(string text)
    {
        var timeframe = TimeframeReader.Read(text, Year);

        Assert.NotEqual(TimeframeKind.Deadline, timeframe.Kind);
        Assert.True(timeframe.Start >= D("2026-01-01"));
        Assert.True(timeframe.End <= D("2026-12-31"));
        Assert.True(timeframe.Start <= timeframe.End);
    }

    [Fact]
    public void The_29th_of_february_is_read_in_a_leap_year()
    {
        var timeframe = TimeframeReader.Read("Trước ngày 29/2/2028", 2028);

        Assert.Equal(TimeframeKind.Deadline, timeframe.Kind);
        Assert.Equal(new DateOnly(2028, 2, 29), timeframe.End);
    }

    [Theory]
    [InlineData("Tháng 2/2028", "2028-02-01", "2028-02-29")]
    [InlineData("Quý I/2028", "2028-01-01", "2028-03-31")]
    [InlineData("Trong năm 2028", "2028-01-01", "2028-12-31")]
    public void Spans_in_a_leap_year_include_the_29th(string text, string start, string end)
    {
        AssertDates(TimeframeReader.Read(text, 2028), start, end);
    }

    [Fact]
    public void Elapsed_share_grows_from_zero_before_the_start_to_one_at_the_end()
    {
        var quarter = TimeframeReader.Read("Quý II/2026", Year);

        Assert.Equal(0, quarter.Elapsed(D("2026-03-31")));
        Assert.InRange(quarter.Elapsed(D("2026-05-15")), 0.4, 0.6);
        Assert.Equal(1, quarter.Elapsed(D("2026-06-30")));
        Assert.Equal(1, quarter.Elapsed(D("2026-12-31")));
    }

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static void AssertDates(Timeframe timeframe, string start, string end)
    {
        Assert.Equal(D(start), timeframe.Start);
        Assert.Equal(D(end), timeframe.End);
    }
}
