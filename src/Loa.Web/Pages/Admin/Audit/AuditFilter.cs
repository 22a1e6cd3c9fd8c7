using Loa.Audit;
using Loa.Domain;

namespace Loa.Web.Pages.Admin.Audit;

/// <summary>
/// The filters of the audit page from its address ("?from=2026-12-01&amp;to=2026-12-03&amp;action=dang-nhap-loi&amp;result=loi"),
/// shared by the page and its downloads so that a file holds what the page lists.
/// </summary>
public sealed class AuditFilter
{
    public string? From { get; set; }

    public string? To { get; set; }

    public string? Action { get; set; }

    public string? User { get; set; }

    public string? Commune { get; set; }

    public string? Result { get; set; }

    /// <summary>The criteria, or a Vietnamese message saying what cannot be read.</summary>
    public bool TryRead(TimeProvider time, out AuditCriteria criteria, out string? problem) =>
        AuditCriteria.TryRead(From, To, Action, User, Commune, Result, VietnamTime.Today(time), out criteria, out problem);

    /// <summary>The filters as an address's query, for the other pages and the downloads.</summary>
    public string Query(params (string Key, string? Value)[] extra)
    {
        (string Key, string? Value)[] own = [("from", From), ("to", To), ("action", Action), ("user", User), ("commune", Commune), ("result", Result)];
        return string.Join('&', own.Concat(extra)
            .Where(p => !string.IsNullOrWhiteSpace(p.Value))
            .Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!.Trim())}"));
    }
}
