using Loa.Text;

namespace Loa.UnitTests.Text;

/// <summary>Dates as Decree 30/2020 writes them: a day below 10 and months 1 and 2 take a leading zero, other months do not.</summary>
public sealed class DocumentDateTests
{
    [Theory]
    [InlineData(5, 3, 2026, "ngày 05 tháng 3 năm 2026")]
    [InlineData(30, 1, 2026, "ngày 30 tháng 01 năm 2026")]
    [InlineData(17, 2, 2026, "ngày 17 tháng 02 năm 2026")]
    [InlineData(1, 12, 2025, "ngày 01 tháng 12 năm 2025")]
    [InlineData(9, 10, 2026, "ngày 09 tháng 10 năm 2026")]
    [InlineData(10, 9, 2026, "ngày 10 tháng 9 năm 2026")]
    [InlineData(30, 11, 2026, "ngày 30 tháng 11 năm 2026")]
    public void Written_pads_days_and_only_the_first_two_months(int day, int month, int year, string expected)
    {
        Assert.Equal(expected, DocumentDate.Written(day, month, year));
        Assert.Equal(expected, DocumentDate.Written(new DateOnly(year, month, day)));
    }

    [Theory]
    [InlineData(1, "01")]
    [InlineData(2, "02")]
    [InlineData(3, "3")]
    [InlineData(10, "10")]
    [InlineData(12, "12")]
    public void Month_takes_a_zero_only_for_january_and_february(int month, string expected)
    {
        Assert.Equal(expected, DocumentDate.Month(month));
    }

    [Fact]
    public void A_date_without_a_day_leaves_a_blank_to_write_the_day_by_hand()
    {
        var written = DocumentDate.Written(null, 3, 2026);

        Assert.Matches(@"^ngày {2,} ?tháng 3 năm 2026$", written);
    }

    [Fact]
    public void A_date_with_no_parts_keeps_the_words_and_blanks()
    {
        var written = DocumentDate.Written(null, null, null);

        Assert.Matches(@"^ngày +tháng +năm +$", written);
        Assert.DoesNotMatch(@"\d", written);
    }

    [Fact]
    public void A_date_without_day_and_month_keeps_the_year()
    {
        Assert.Matches(@"^ngày +tháng +năm 2026$", DocumentDate.Written(null, null, 2026));
    }

    [Fact]
    public void Numeric_form_is_day_month_year_with_slashes()
    {
        Assert.Equal("05/03/2026", DocumentDate.Numeric(new DateOnly(2026, 3, 5)));
    }
}
