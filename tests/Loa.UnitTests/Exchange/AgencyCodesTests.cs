using Loa.Exchange;

namespace Loa.UnitTests.Exchange;

public sealed class AgencyCodesTests
{
    [Fact]
    public void A_province_is_the_first_level_of_its_code() => Assert.Equal("000.00.00.H75", AgencyCodes.ForProvince("75"));

    [Theory]
    [InlineData(1, "000.01.31.H75")]
    [InlineData(12, "000.12.31.H75")]
    [InlineData(99, "000.99.31.H75")]
    [InlineData(100, "000.01.32.H75")]
    [InlineData(198, "000.99.32.H75")]
    [InlineData(199, "000.01.33.H75")]
    public void A_commune_takes_its_place_in_its_province(int ordinal, string expected)
    {
        var code = AgencyCodes.ForCommune("75", ordinal);

        Assert.Equal(expected, code);
        Assert.True(AgencyCodes.IsValid(code));
    }

    [Fact]
    public void Every_commune_of_a_large_province_gets_a_code_of_its_own() =>
        Assert.Equal(400, Enumerable.Range(1, 400).Select(i => AgencyCodes.ForCommune("01", i)).Distinct().Count());

    [Theory]
    [InlineData("000.00.00.H75", true)]
    [InlineData("000.12.31.G14", true)]
    [InlineData("000.00.00.h75", false)]
    [InlineData("00.00.00.H75", false)]
    [InlineData("000.00.00.H7", false)]
    [InlineData("000-00-00-H75", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Only_the_four_groups_are_a_code(string? code, bool valid) => Assert.Equal(valid, AgencyCodes.IsValid(code));

    [Fact]
    public void A_province_code_that_is_not_two_digits_is_not_derived() =>
        Assert.Throws<FormatException>(() => AgencyCodes.ForProvince("7"));
}
