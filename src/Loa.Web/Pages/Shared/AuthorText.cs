using Loa.Data;

namespace Loa.Web.Pages.Shared;

/// <summary>Who made a change, as a page names them: the system's own changes (demo data, scheduled jobs) say "Hệ thống", never "system".</summary>
public static class AuthorText
{
    public static string Author(string? userName) =>
        string.IsNullOrWhiteSpace(userName) ? "—"
        : string.Equals(userName, TenantScope.System.UserName, StringComparison.OrdinalIgnoreCase) ? "Hệ thống (tự động)"
        : userName;
}
