using Loa.Procedures;

namespace Loa.Web.Pages.Public.Procedures;

/// <summary>How the portal and the kiosk write a procedure's multi-line texts and its online level.</summary>
public static class ProcedureText
{
    /// <summary>The lines of a multi-line text, without the list marks the export puts before them ("- ", "+ ", "• ").</summary>
    public static IReadOnlyList<string> Lines(string? text) => string.IsNullOrWhiteSpace(text)
        ? []
        : text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.TrimStart('-', '+', '•', '*', ' ').Trim())
            .Where(l => l.Length > 0)
            .ToList();

    /// <summary>The CSS class of the online badge.</summary>
    public static string BadgeClass(OnlineLevel level) => level switch
    {
        OnlineLevel.Full => "online-badge full",
        OnlineLevel.Partial => "online-badge partial",
        _ => "online-badge none",
    };

    /// <summary>The address of a search, for links and the back button: the query and field kept, nothing else.</summary>
    public static string Query(string? q, string? field)
    {
        var parts = new List<string>();
        if (!string.IsNullOrWhiteSpace(q))
        {
            parts.Add("q=" + Uri.EscapeDataString(q.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(field))
        {
            parts.Add("field=" + Uri.EscapeDataString(field));
        }

        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}
