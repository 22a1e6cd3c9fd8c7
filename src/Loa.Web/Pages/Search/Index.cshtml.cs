using Loa.Data;
using Loa.Search;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Loa.Web.Pages.Search;

/// <summary>
/// The staff search (the box in the header): plans, tasks, activities, reports, feedback and news the person may see,
/// grouped by kind, each linking to its page; a GET form, so it works without JavaScript and a search has an address.
/// <c>loai</c> shows one kind in full.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(LoaDbContext db) : PageModel
{
    public const int PerKind = 8;

    public const int OneKind = 100;

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "loai")]
    public string? Kind { get; set; }

    public SearchKind? Only { get; private set; }

    public IReadOnlyList<SearchKind> Kinds { get; private set; } = [];

    public IReadOnlyList<SearchGroup> Groups { get; private set; } = [];

    public bool Searched => !string.IsNullOrWhiteSpace(Q);

    public async Task OnGetAsync()
    {
        Q = Q is { Length: > StaffSearch.MaxQueryLength } ? Q[..StaffSearch.MaxQueryLength].Trim() : Q?.Trim();
        Kinds = SearchAccess.Kinds(db.Scope);
        Only = SearchKindText.FromCode(Kind) is { } kind && Kinds.Contains(kind) ? kind : null;
        Groups = await StaffSearch.SearchAsync(db, Q, Only, Only is null ? PerKind : OneKind, HttpContext.RequestAborted);
    }

    public string Link(SearchKind? kind) =>
        "/search?q=" + Uri.EscapeDataString(Q ?? "") + (kind is { } k ? "&loai=" + k.Code() : "");
}
