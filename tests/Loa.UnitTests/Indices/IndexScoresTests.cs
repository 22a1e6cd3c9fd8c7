using Loa.Indices;

namespace Loa.UnitTests.Indices;

public sealed class IndexScoresTests
{
    [Theory]
    [InlineData("85,32", 85.32)]
    [InlineData("85.32", 85.32)]
    [InlineData(" 9 ", 9)]
    [InlineData("87,5%", 87.5)]
    [InlineData("0,8532", 0.8532)]
    public void A_score_is_read_with_a_comma_or_a_point(string text, double expected)
    {
        Assert.True(IndexScores.TryParse(text, out var score));
        Assert.Equal((decimal)expected, score);
    }

    [Theory]
    [InlineData("1.234,5")]
    [InlineData("85,3,2")]
    [InlineData("-5")]
    [InlineData("tám")]
    [InlineData(",5")]
    [InlineData("85,")]
    [InlineData("1e3")]
    [InlineData("100000")]
    public void Anything_but_a_plain_number_is_refused(string text) => Assert.False(IndexScores.TryParse(text, out _));

    [Fact]
    public void An_empty_score_is_no_score() => Assert.True(IndexScores.TryParse("  ", out var score) && score is null);

    [Fact]
    public void Scores_are_written_the_Vietnamese_way() => Assert.Equal(["85,32", "9", "0,5"], new[] { 85.32m, 9.00m, 0.5m }.Select(IndexScores.Format));

    [Theory]
    [InlineData("Cải cách thể chế: 8,5/9,5", "Cải cách thể chế", "8,5/9,5")]
    [InlineData("Tỷ lệ: hài lòng: 90%", "Tỷ lệ: hài lòng", "90%")]
    [InlineData("Không có điểm", "Không có điểm", "")]
    public void A_component_line_splits_at_its_last_colon(string line, string name, string value) =>
        Assert.Equal((name, value), IndexScores.Component(line));

    [Fact]
    public void Component_lines_drop_blanks_and_trim() =>
        Assert.Equal(["A: 1", "B: 2"], IndexScores.Lines("  A: 1 \r\n\r\n B: 2\n   "));
}
