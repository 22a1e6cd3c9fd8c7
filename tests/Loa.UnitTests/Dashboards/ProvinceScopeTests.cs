using Loa.Dashboards;

namespace Loa.UnitTests.Dashboards;

/// <summary>Which year the province's overview shows.</summary>
public sealed class ProvinceScopeTests
{
    private static readonly DateOnly Today = new(2026, 7, 2);

    [Theory]
    [InlineData(null, 2026)]
    [InlineData(2026, 2026)]
    [InlineData(2020, 2020)]
    [InlineData(2024, 2024)]
    [InlineData(2027, 2027)]
    [InlineData(2019, 2026)]
    [InlineData(2028, 2026)]
    [InlineData(0, 2026)]
    [InlineData(-5, 2026)]
    public void The_year_asked_from_2020_to_next_year_else_this_year(int? asked, int shown)
    {
        Assert.Equal(shown, ProvinceScope.Year(asked, Today));
    }
}
