using Loa.Audit;
using Loa.Domain.Audit;

namespace Loa.Web.Pages.Admin.Audit;

/// <summary>
/// The filters of the audit page from its address ("?from=2026-12-01T00:00&amp;to=…&amp;action=dang-nhap-loi&amp;result=loi"),
/// shared by the page and its downloads so that a file holds what the page lists. Times are Vietnam time unless they
/// carry an offset.
/// </summary>
public sealed class AuditFilter
{
    public string? From { get; set; }

    public string? To { get; set; }

    public string? Action { get; set; }

    public string? User { get; set; }

    public string? Commune { get; set; }

    public string? Province { get; set; }

    /// <summary>"thanh-cong" or "loi"; anything else, both.</summary>
    public string? Result { get; set; }

    public string? Ip { get; set; }

    /// <summary>The criteria, or a Vietnamese message saying what cannot be read.</summary>
    public bool TryRead(out AuditCriteria criteria, out string? problem)
    {
        criteria = new AuditCriteria();
        if (!AuditWindow.TryParse(From, To, out var window, out problem))
        {
            return false;
        }

        criteria = new AuditCriteria
        {
            Window = window,
            Action = Action,
            UserName = User,
            Commune = Commune,
            Province = Province,
            Succeeded = AuditCriteria.ResultFrom(Result),
            IpAddress = Ip,
        };
        return true;
    }

    /// <summary>The filters as an address's query, for the pages either side and the downloads.</summary>
    public string Query(params (string Key, string? Value)[] extra)
    {
        var parts = new List<string>();
        foreach (var (key, value) in new (string, string?)[]
        {
            ("from", From), ("to", To), ("action", Action), ("user", User), ("commune", Commune), ("province", Province), ("result", Result), ("ip", Ip),
        }.Concat(extra))
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parts.Add($"{key}={Uri.EscapeDataString(value.Trim())}");
            }
        }

        return string.Join('&', parts);
    }
}
