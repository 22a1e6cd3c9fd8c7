using Loa.Documents;

namespace Loa.UnitTests.Documents;

/// <summary>A line of the issuing body that does not fit its column is broken into balanced lines, never leaving a dash at a line's end.</summary>
public sealed class HeaderLinesTests
{
    private const int Column = HeaderBlock.LeftWidth - (2 * HeaderBlock.CellMargin);

    [Theory]
    [InlineData("ỦY BAN NHÂN DÂN")]
    [InlineData("PHƯỜNG HƯNG PHÚ")]
    public void A_line_that_fits_stays_whole(string line) => Assert.Equal([line], HeaderLines.Fit(line, 13, Column));

    [Fact]
    public void A_long_unit_name_is_broken_into_two_balanced_lines_that_fit()
    {
        var lines = HeaderLines.Fit("PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ", 12, Column);
        Assert.Equal(["PHÒNG KINH TẾ,", "HẠ TẦNG VÀ ĐÔ THỊ"], lines);
        Assert.All(lines, l => Assert.True(HeaderLines.Fits(l, 12, Column)));
    }

    [Fact]
    public void A_dash_goes_with_the_word_after_it()
    {
        var lines = HeaderLines.Fit("TRUNG TÂM VĂN HÓA – THỂ THAO VÀ TRUYỀN THANH", 12, Column);
        Assert.True(lines.Count >= 2);
        Assert.All(lines, l => Assert.False(l.EndsWith('–'), l));
        Assert.Equal("TRUNG TÂM VĂN HÓA – THỂ THAO VÀ TRUYỀN THANH", string.Join(' ', lines));
    }
}
