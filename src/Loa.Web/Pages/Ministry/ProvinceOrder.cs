using Loa.Dashboards.National;
using Loa.Text;

namespace Loa.Web.Pages.Ministry;

/// <summary>
/// The year and order of the ministry's table of provinces, from the address ("?sort=ontime&amp;desc=true"), shared by the
/// page and its .xlsx export so that the file holds what the table shows.
/// </summary>
public sealed class ProvinceOrder
{
    public int? Year { get; set; }

    /// <summary>"name", "communes", "service", "ontime", "reports", "completion", "activities", "reach", "feedback", "late".</summary>
    public string? Sort { get; set; }

    public bool Desc { get; set; }

    public IEnumerable<ProvinceFigures> Apply(IEnumerable<ProvinceFigures> rows, Loa.Reports.ReportPeriodKind? reportPeriod = null) => (Sort ?? "name") switch
    {
        "communes" => Order(rows, r => r.Communes),
        "service" => Order(rows, r => r.InServiceShare ?? -1),
        "ontime" => Order(rows, r => r.OnTimeShare ?? -1),
        "reports" => Order(rows, r => reportPeriod is { } k && r.Report(k).Required > 0 ? (double)r.Report(k).Sent / r.Report(k).Required : -1),
        "completion" => Order(rows, r => r.Completion ?? -1),
        "activities" => Order(rows, r => r.Activities),
        "reach" => Order(rows, r => r.Reach),
        "feedback" => Order(rows, r => r.FeedbackOnTimeShare ?? -1),
        "late" => Order(rows, r => r.LateCommunes),
        _ => Order(rows, r => r.Name, VietnameseOrder.Instance),
    };

    /// <summary>The address of the table sorted by a column: the same column again flips the direction; numbers start highest first.</summary>
    public string SortLink(string column) =>
        "?" + Query(column, Sort == column || (Sort is null && column == "name") ? !Desc : column != "name");

    public string Query(string? sort = null, bool? desc = null)
    {
        var parts = new List<string>();
        if (Year is { } year)
        {
            parts.Add("year=" + year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if ((sort ?? Sort) is { Length: > 0 } column)
        {
            parts.Add("sort=" + Uri.EscapeDataString(column));
        }

        if (desc ?? Desc)
        {
            parts.Add("desc=true");
        }

        return string.Join('&', parts);
    }

    private IEnumerable<ProvinceFigures> Order<T>(IEnumerable<ProvinceFigures> rows, Func<ProvinceFigures, T> key, IComparer<T>? comparer = null) =>
        Desc ? rows.OrderByDescending(key, comparer).ThenBy(r => r.Name, VietnameseOrder.Instance)
            : rows.OrderBy(key, comparer).ThenBy(r => r.Name, VietnameseOrder.Instance);
}
