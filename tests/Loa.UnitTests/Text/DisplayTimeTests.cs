using Loa.Domain;
using Loa.Text;

namespace Loa.UnitTests.Text;

/// <summary>One display form for days and moments on every page, in Vietnam time (UTC+7) whatever the server's zone.</summary>
public sealed class DisplayTimeTests
{
    private static DateTime Utc(int year, int month, int day, int hour, int minute) => new(year, month, day, hour, minute, 0, DateTimeKind.Utc);

    [Fact]
    public void A_day_reads_day_month_year_with_leading_zeros() =>
        Assert.Equal("05/03/2026", DisplayTime.Date(new DateOnly(2026, 3, 5)));

    [Fact]
    public void A_moment_reads_time_then_day_on_Vietnam_clock()
    {
        Assert.Equal("08:30 05/03/2026", DisplayTime.Moment(Utc(2026, 3, 5, 1, 30)));
        Assert.Equal("08:30", DisplayTime.Time(Utc(2026, 3, 5, 1, 30)));
    }

    [Fact]
    public void An_evening_in_UTC_is_already_the_next_day_in_Vietnam()
    {
        var lateUtc = Utc(2026, 12, 31, 18, 5);
        Assert.Equal("01/01/2027", DisplayTime.DateOf(lateUtc));
        Assert.Equal("01:05 01/01/2027", DisplayTime.Moment(lateUtc));
        Assert.Equal(new DateOnly(2027, 1, 1), VietnamTime.Day(lateUtc));
    }

    [Fact]
    public void A_time_already_on_Vietnam_clock_reads_as_the_instant_it_stands_for()
    {
        var utc = Utc(2026, 3, 5, 1, 30);
        Assert.Equal(DisplayTime.Moment(utc), DisplayTime.WallMoment(VietnamTime.Local(utc)));
        Assert.Equal(DisplayTime.DateOf(utc), DisplayTime.WallDate(VietnamTime.Local(utc)));
    }

    [Fact]
    public void A_day_in_Vietnam_begins_at_17_00_UTC_the_day_before()
    {
        var start = VietnamTime.StartOfDayUtc(new DateOnly(2026, 12, 1));
        Assert.Equal(Utc(2026, 11, 30, 17, 0), start);
        Assert.Equal(DateTimeKind.Utc, start.Kind);
        Assert.Equal(new DateOnly(2026, 12, 1), VietnamTime.Day(start));
        Assert.Equal(new DateOnly(2026, 11, 30), VietnamTime.Day(start.AddTicks(-1)));
    }

    [Fact]
    public void Document_dates_in_tables_use_the_same_form() =>
        Assert.Equal(DisplayTime.Date(new DateOnly(2026, 1, 9)), DocumentDate.Numeric(new DateOnly(2026, 1, 9)));
}
