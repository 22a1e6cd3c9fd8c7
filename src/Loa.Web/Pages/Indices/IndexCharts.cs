using System.Globalization;
using Loa.Indices;
using Loa.Web.Pages.Shared;

namespace Loa.Web.Pages.Indices;

/// <summary>An index's trend over the years: the commune's line beside the province's.</summary>
public static class IndexCharts
{
    public static ChartModel? Trend(IndexKind kind, IReadOnlyList<IndexResult> own, string? ownName, IReadOnlyList<IndexResult> province, string provinceName)
    {
        var years = own.Select(r => r.Year).Concat(province.Select(r => r.Year)).Distinct().Order().ToList();
        if (years.Count < 2)
        {
            return null;
        }

        var series = new List<ChartSeries>();
        if (own.Count > 0)
        {
            series.Add(new ChartSeries(ownName ?? "Xã, phường", years.Select(y => (double?)own.FirstOrDefault(r => r.Year == y)?.Score).ToList(), ChartColour.Brand));
        }

        if (province.Count > 0)
        {
            series.Add(new ChartSeries(provinceName, years.Select(y => (double?)province.FirstOrDefault(r => r.Year == y)?.Score).ToList(), ChartColour.Info));
        }

        return new ChartModel
        {
            Kind = ChartKind.Line,
            Title = kind.Abbreviation() + " qua các năm",
            Unit = "điểm",
            LabelHeader = "Năm",
            Labels = years.Select(y => y.ToString(CultureInfo.InvariantCulture)).ToList(),
            Series = series,
            StartAtZero = false,
            Height = ChartHeight.Small,
        };
    }
}
