using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Loa.Web.Pages.Shared;

/// <summary>
/// A chart as the page gives it to the <c>_Chart</c> partial: what kind, the labels along the axis (or the
/// segments of a doughnut), one or more series of numbers, and optionally a link per label to drill down.
/// The partial renders the same numbers as a table, so the page says everything without JavaScript;
/// <c>wwwroot/js/charts.js</c> draws the chart from <see cref="ToJson"/> with Chart.js.
/// </summary>
public sealed class ChartModel
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public required ChartKind Kind { get; init; }

    /// <summary>What the chart shows, as its caption ("Hoạt động theo tháng").</summary>
    public required string Title { get; init; }

    /// <summary>Categories along the axis, or the segments of a doughnut.</summary>
    public required IReadOnlyList<string> Labels { get; init; }

    public required IReadOnlyList<ChartSeries> Series { get; init; }

    /// <summary>What the numbers count ("hoạt động", "lượt người"), shown with the title and in tooltips.</summary>
    public string? Unit { get; init; }

    /// <summary>Bars of several series stacked on each other (bar kinds only).</summary>
    public bool Stacked { get; init; }

    public ChartHeight Height { get; init; } = ChartHeight.Auto;

    /// <summary>The value axis starts at zero (counts); turn off for scores that move within a narrow band.</summary>
    public bool StartAtZero { get; init; } = true;

    /// <summary>
    /// One address per label (or null for a label without one) to open when the label's bar or segment is
    /// clicked, and linked in the table. Only addresses inside the site ("/plans/details/5") are kept.
    /// </summary>
    public IReadOnlyList<string?>? Links { get; init; }

    /// <summary>One colour per label, for a doughnut or a single series whose bars mean different things (states).</summary>
    public IReadOnlyList<ChartColour>? LabelColours { get; init; }

    /// <summary>The header of the table's first column ("Xã, phường", "Tháng").</summary>
    public string LabelHeader { get; init; } = "";

    /// <summary>A short sentence under the chart ("Số liệu đến ngày 14/11/2026").</summary>
    public string? Note { get; init; }

    /// <summary>The element id of the figure; the partial makes one when it is not set.</summary>
    public string? Id { get; init; }

    /// <summary>Whether the table shows a total per label (stacked bars) or per series (doughnut: the share of each segment).</summary>
    public bool ShowsRowTotals => Stacked && Series.Count > 1 && Kind is ChartKind.Bar or ChartKind.HorizontalBar;

    public bool ShowsShares => Kind == ChartKind.Doughnut;

    /// <summary>
    /// The CSS class that sets the drawing's height (inline styles are forbidden by the content policy). Auto is
    /// medium, except for horizontal bars, which grow with the number of labels (about 1.6rem a bar).
    /// </summary>
    public string HeightClass => "chart-h-" + (Height != ChartHeight.Auto ? Name(Height)
        : Kind != ChartKind.HorizontalBar ? Name(ChartHeight.Medium)
        : Labels.Count switch
        {
            <= 6 => Name(ChartHeight.Small),
            <= 10 => Name(ChartHeight.Medium),
            <= 14 => Name(ChartHeight.Large),
            <= 22 => Name(ChartHeight.ExtraLarge),
            <= 34 => Name(ChartHeight.Huge),
            <= 50 => "r50",
            <= 100 => "r100",
            _ => "r200",
        });

    /// <summary>The link of a label, when it has a safe one.</summary>
    public string? LinkAt(int index) => Links is { } links && index < links.Count && IsLocal(links[index]) ? links[index] : null;

    /// <summary>A series' value at a label; missing values (a month not reached yet) are null.</summary>
    public static double? ValueAt(ChartSeries series, int index) => index < series.Values.Count ? series.Values[index] : null;

    public double RowTotal(int index) => Series.Sum(s => ValueAt(s, index) ?? 0);

    public double SeriesTotal(ChartSeries series) => series.Values.Sum(v => v ?? 0);

    /// <summary>A segment's share of its series, for the doughnut's table ("25%").</summary>
    public string Share(ChartSeries series, int index)
    {
        var total = SeriesTotal(series);
        return total == 0 ? "–" : ((ValueAt(series, index) ?? 0) / total).ToString("0%", Vietnamese);
    }

    /// <summary>1.234 or 85,3 — Vietnamese grouping and decimal comma; a dash for a missing value.</summary>
    public static string Format(double? value) => value switch
    {
        null => "–",
        { } v when v == Math.Floor(v) => v.ToString("#,0", Vietnamese),
        { } v => v.ToString("#,0.##", Vietnamese),
    };

    /// <summary>What <c>charts.js</c> reads from the figure's <c>data-chart</c> attribute (the partial HTML-encodes it).</summary>
    public string ToJson() => JsonSerializer.Serialize(
        new ChartData(
            Kind,
            Stacked && Kind is ChartKind.Bar or ChartKind.HorizontalBar,
            StartAtZero ? null : false,
            Unit,
            Labels,
            Series.Select(s => new SeriesData(s.Name, Labels.Select((_, i) => ValueAt(s, i)).ToList(), s.Colour)).ToList(),
            Links is null ? null : Labels.Select((_, i) => LinkAt(i)).ToList(),
            LabelColours),
        Json);

    /// <summary>Twelve labels "T1" … "T12" for a line of months.</summary>
    public static IReadOnlyList<string> MonthLabels() => Enumerable.Range(1, 12).Select(m => "T" + m.ToString(CultureInfo.InvariantCulture)).ToList();

    private static string Name(ChartHeight height) => height switch
    {
        ChartHeight.Small => "s",
        ChartHeight.Large => "l",
        ChartHeight.ExtraLarge => "xl",
        ChartHeight.Huge => "xxl",
        _ => "m",
    };

    /// <summary>Only paths inside the site: no scheme, no other host, no "javascript:".</summary>
    private static bool IsLocal(string? link) =>
        link is { Length: > 0 } && link[0] == '/' && (link.Length == 1 || (link[1] != '/' && link[1] != '\\'));

    private sealed record ChartData(
        ChartKind Kind,
        bool Stacked,
        bool? Zero,
        string? Unit,
        IReadOnlyList<string> Labels,
        IReadOnlyList<SeriesData> Series,
        IReadOnlyList<string?>? Links,
        IReadOnlyList<ChartColour>? Colours);

    private sealed record SeriesData(string Name, IReadOnlyList<double?> Values, ChartColour? Colour);
}

/// <summary>One line or set of bars: its name (in the legend and the table's header) and a value per label.</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values, ChartColour? Colour = null)
{
    public ChartSeries(string name, IEnumerable<int> values, ChartColour? colour = null)
        : this(name, values.Select(v => (double?)v).ToList(), colour)
    {
    }
}

public enum ChartKind
{
    /// <summary>Vertical bars.</summary>
    Bar = 1,

    /// <summary>Horizontal bars: long labels (communes, units, tasks).</summary>
    HorizontalBar = 2,

    /// <summary>A line over time (months).</summary>
    Line = 3,

    /// <summary>Parts of a whole (the first series only).</summary>
    Doughnut = 4,
}

/// <summary>The colours of the site (site.css); charts.js turns each into its colour.</summary>
public enum ChartColour
{
    Brand = 1,
    Info = 2,
    Ok = 3,
    Warn = 4,
    Late = 5,
    Muted = 6,
    Light = 7,
    BrandLight = 8,
    InfoLight = 9,
    OkLight = 10,
}

public enum ChartHeight
{
    /// <summary>Chosen from the kind and the number of labels.</summary>
    Auto = 0,
    Small = 1,
    Medium = 2,
    Large = 3,
    ExtraLarge = 4,
    Huge = 5,
}
