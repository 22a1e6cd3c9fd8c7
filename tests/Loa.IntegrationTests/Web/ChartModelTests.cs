using System.Text.Json;
using Loa.Web.Pages.Shared;

namespace Loa.IntegrationTests.Web;

/// <summary>What the chart partial hands to charts.js, and the numbers of its table (no database, no server).</summary>
public sealed class ChartModelTests
{
    [Fact]
    public void The_data_attribute_holds_kind_labels_series_and_colour_keys()
    {
        var chart = new ChartModel
        {
            Kind = ChartKind.HorizontalBar,
            Title = "Báo cáo",
            Unit = "báo cáo",
            Stacked = true,
            Labels = ["Quý I", "6 tháng"],
            Series = [new ChartSeries("Đúng hạn", [58, 62], ChartColour.Ok), new ChartSeries("Gửi muộn", [9, 10], ChartColour.BrandLight)],
        };

        using var json = JsonDocument.Parse(chart.ToJson());
        var root = json.RootElement;

        Assert.Equal("horizontal-bar", root.GetProperty("kind").GetString());
        Assert.True(root.GetProperty("stacked").GetBoolean());
        Assert.Equal("báo cáo", root.GetProperty("unit").GetString());
        Assert.Equal(["Quý I", "6 tháng"], root.GetProperty("labels").EnumerateArray().Select(e => e.GetString()));
        var series = root.GetProperty("series").EnumerateArray().ToList();
        Assert.Equal(["ok", "brand-light"], series.Select(s => s.GetProperty("colour").GetString()));
        Assert.Equal([9.0, 10.0], series[1].GetProperty("values").EnumerateArray().Select(v => v.GetDouble()));
        Assert.False(root.TryGetProperty("links", out _));
        Assert.False(root.TryGetProperty("zero", out _));
    }

    [Fact]
    public void Values_are_padded_to_the_labels_and_missing_months_stay_null()
    {
        var chart = new ChartModel
        {
            Kind = ChartKind.Line,
            Title = "Hoạt động theo tháng",
            Labels = ChartModel.MonthLabels(),
            Series = [new ChartSeries("2026", new double?[] { 3, null, 5 })],
            Stacked = true,
            StartAtZero = false,
        };

        using var json = JsonDocument.Parse(chart.ToJson());
        var values = json.RootElement.GetProperty("series")[0].GetProperty("values").EnumerateArray().ToList();

        Assert.Equal(12, values.Count);
        Assert.Equal(JsonValueKind.Null, values[1].ValueKind);
        Assert.All(values.Skip(3), v => Assert.Equal(JsonValueKind.Null, v.ValueKind));
        Assert.False(json.RootElement.GetProperty("stacked").GetBoolean());
        Assert.False(json.RootElement.GetProperty("zero").GetBoolean());
        Assert.Equal("T12", chart.Labels[^1]);
    }

    [Fact]
    public void Only_links_inside_the_site_are_kept()
    {
        var chart = new ChartModel
        {
            Kind = ChartKind.Doughnut,
            Title = "Kế hoạch",
            Labels = ["a", "b", "c", "d", "e", "f"],
            Series = [new ChartSeries("Số xã", [1, 2, 3, 4, 5, 6])],
            Links = ["/plans/details/5", "javascript:alert(1)", "//evil.example/x", "https://evil.example/", "/\\evil", null],
        };

        Assert.Equal(["/plans/details/5", null, null, null, null, null], Enumerable.Range(0, 6).Select(chart.LinkAt));
        using var json = JsonDocument.Parse(chart.ToJson());
        Assert.Equal(["/plans/details/5", null, null, null, null, null], json.RootElement.GetProperty("links").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void The_table_shows_vietnamese_numbers_shares_and_totals()
    {
        var doughnut = new ChartModel
        {
            Kind = ChartKind.Doughnut,
            Title = "Kế hoạch",
            Labels = ["Đúng hạn", "Muộn", "Chưa có"],
            Series = [new ChartSeries("Số xã", [61, 31, 8])],
        };
        var stacked = new ChartModel
        {
            Kind = ChartKind.Bar,
            Stacked = true,
            Title = "Báo cáo",
            Labels = ["Quý I"],
            Series = [new ChartSeries("Đúng hạn", [1200]), new ChartSeries("Muộn", [34])],
        };

        Assert.Equal("1.234.567", ChartModel.Format(1234567));
        Assert.Equal("85,32", ChartModel.Format(85.32));
        Assert.Equal("–", ChartModel.Format(null));
        Assert.Equal(["61%", "31%", "8%"], Enumerable.Range(0, 3).Select(i => doughnut.Share(doughnut.Series[0], i)));
        Assert.True(doughnut.ShowsShares);
        Assert.False(doughnut.ShowsRowTotals);
        Assert.True(stacked.ShowsRowTotals);
        Assert.Equal(1234, stacked.RowTotal(0));
        var empty = new ChartModel { Kind = ChartKind.Doughnut, Title = "", Labels = ["a"], Series = [new ChartSeries("x", [0])] };
        Assert.Equal("–", empty.Share(new ChartSeries("x", [0]), 0));
    }

    [Theory]
    [InlineData(ChartKind.Bar, 40, ChartHeight.Auto, "chart-h-m")]
    [InlineData(ChartKind.Line, 12, ChartHeight.Large, "chart-h-l")]
    [InlineData(ChartKind.HorizontalBar, 3, ChartHeight.Auto, "chart-h-s")]
    [InlineData(ChartKind.HorizontalBar, 20, ChartHeight.Auto, "chart-h-xl")]
    [InlineData(ChartKind.HorizontalBar, 95, ChartHeight.Auto, "chart-h-r100")]
    [InlineData(ChartKind.HorizontalBar, 168, ChartHeight.Auto, "chart-h-r200")]
    public void Horizontal_bars_grow_with_their_labels(ChartKind kind, int labels, ChartHeight height, string expected)
    {
        var chart = new ChartModel
        {
            Kind = kind,
            Title = "x",
            Height = height,
            Labels = Enumerable.Range(1, labels).Select(i => $"Xã {i}").ToList(),
            Series = [new ChartSeries("n", Enumerable.Range(1, labels))],
        };

        Assert.Equal(expected, chart.HeightClass);
    }
}
