using Loa.Dashboards;
using Loa.Text;

namespace Loa.Web.Pages.Province;

/// <summary>
/// The filters and order of the province's commune table, from the address ("?q=phu&amp;plan=missing&amp;sort=completion"),
/// shared by the page and its .xlsx export so that the file holds what the table shows.
/// </summary>
public sealed class CommuneFilter
{
    public int? Year { get; set; }

    /// <summary>Part of the commune's name, with or without diacritics.</summary>
    public string? Q { get; set; }

    /// <summary>"ontime", "late", "pending", "missing", or "notissued" (pending and missing).</summary>
    public string? Plan { get; set; }

    /// <summary>"late": only communes with something overdue (the plan or a report).</summary>
    public string? Status { get; set; }

    /// <summary>"name", "plan", "issued", "reports", "completion", "late", "activities", "reach".</summary>
    public string? Sort { get; set; }

    public bool Desc { get; set; }

    /// <summary>The page of the table (from 1; "?p=2", as the other paged lists); the .xlsx holds every row.</summary>
    public int? P { get; set; }

    /// <summary>Rows per page: small enough for an old office PC, a page of a province of 168 communes is a few dozen kilobytes.</summary>
    public const int PageSize = 50;

    /// <summary>The page asked for, within 1 and the last page of <paramref name="count"/> rows.</summary>
    public int PageOf(int count) => Math.Clamp(P ?? 1, 1, Math.Max(1, (count + PageSize - 1) / PageSize));

    public IEnumerable<CommuneStanding> Apply(IEnumerable<CommuneStanding> rows)
    {
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var folded = VietnameseText.Fold(Q);
            rows = rows.Where(r => VietnameseText.Fold(r.Name).Contains(folded, StringComparison.Ordinal) || r.Code == Q.Trim());
        }

        rows = Plan switch
        {
            "ontime" => rows.Where(r => r.Plan == PlanStanding.OnTime),
            "late" => rows.Where(r => r.Plan == PlanStanding.Late),
            "pending" => rows.Where(r => r.Plan == PlanStanding.Pending),
            "missing" => rows.Where(r => r.Plan == PlanStanding.Missing),
            "notissued" => rows.Where(r => r.Plan is PlanStanding.Pending or PlanStanding.Missing),
            _ => rows,
        };
        if (Status == "late")
        {
            rows = rows.Where(r => r.IsLate);
        }

        var ordered = (Sort ?? "name") switch
        {
            "plan" => Order(rows, r => (int)r.Plan),
            "issued" => Order(rows, r => r.IssuedOn?.DayNumber ?? int.MaxValue),
            "reports" => Order(rows, r => r.ReportsMissing),
            "completion" => Order(rows, r => r.Completion ?? -1),
            "late" => Order(rows, r => r.TasksLate),
            "activities" => Order(rows, r => r.Activities),
            "reach" => Order(rows, r => r.Reach),
            _ => Order(rows, r => r.Name, VietnameseOrder.Instance),
        };
        return ordered;
    }

    /// <summary>The address of the table sorted by a column: the same column again flips the direction.</summary>
    public string SortLink(string column) => Link(
        column, Sort == column || (Sort is null && column == "name") ? !Desc : column is "completion" or "activities" or "reach" or "reports" or "late");

    public string Query(string? sort = null, bool? desc = null, int? page = null)
    {
        var parts = new List<string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parts.Add($"{key}={Uri.EscapeDataString(value)}");
            }
        }

        Add("year", Year?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Add("q", Q);
        Add("plan", Plan);
        Add("status", Status);
        Add("sort", sort ?? Sort);
        if (desc ?? Desc)
        {
            parts.Add("desc=true");
        }

        if (page is > 1)
        {
            parts.Add($"p={page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        }

        return string.Join('&', parts);
    }

    /// <summary>The address of another page of the table, with the same filters and order.</summary>
    public string PageLink(int page) => "?" + Query(page: page);

    private string Link(string column, bool desc) => "?" + Query(column, desc);

    private IEnumerable<CommuneStanding> Order<T>(IEnumerable<CommuneStanding> rows, Func<CommuneStanding, T> key, IComparer<T>? comparer = null) =>
        Desc ? rows.OrderByDescending(key, comparer).ThenBy(r => r.Name, VietnameseOrder.Instance)
            : rows.OrderBy(key, comparer).ThenBy(r => r.Name, VietnameseOrder.Instance);
}
