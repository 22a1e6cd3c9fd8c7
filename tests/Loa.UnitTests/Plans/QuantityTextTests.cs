using Loa.Plans.Parsing;

namespace Loa.UnitTests.Plans;

public sealed class QuantityTextTests
{
    [Theory]
    [InlineData("05 số", 5, "số")]
    [InlineData("02 clip", 2, "clip")]
    [InlineData("06 Pano", 6, "Pano")]
    [InlineData("01 lần/quý", 1, "lần/quý")]
    [InlineData("1.000 tờ", 1000, "tờ")]
    [InlineData("12", 12, null)]
    [InlineData("  03   cuộc ", 3, "cuộc")]
    public void Parses_the_leading_number_and_the_unit(string text, int value, string? unit)
    {
        var quantity = QuantityText.Parse(text);
        Assert.Equal(value, quantity.Value);
        Assert.Equal(unit, quantity.Unit);
        Assert.Equal(string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)), quantity.Text);
    }

    [Theory]
    [InlineData("Thường xuyên")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Text_without_a_number_is_no_quantity(string? text)
    {
        Assert.False(QuantityText.TryParse(text, out var quantity));
        Assert.Null(quantity);
    }

    [Fact]
    public void Parse_explains_in_vietnamese()
    {
        var error = Assert.Throws<FormatException>(() => QuantityText.Parse("Thường xuyên"));
        Assert.Contains("Không đọc được số lượng", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(5, "số", "05 số")]
    [InlineData(12, "tin", "12 tin")]
    [InlineData(1, null, "01")]
    public void Formats_with_a_leading_zero_below_ten(int value, string? unit, string expected)
    {
        Assert.Equal(expected, QuantityText.Format(value, unit));
        Assert.Equal(value, QuantityText.Parse(expected).Value);
    }
}
