using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Text;
using Loa.Web.Infrastructure.Portal;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages;

/// <summary>
/// The home address. Signed-in staff go where their work is; everyone else finds their commune's portal by
/// province and name (diacritics and case ignored: "dinh quan", "ĐỊNH QUÁN") or by its five-digit code. Communes that do not
/// use Loa yet are marked: their portal shows what is published but takes no feedback or surveys (decision record 22).
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PortalCache.Policy)]
public sealed class IndexModel(PortalDirectory directory, LoaDbContext db) : PageModel
{
    public const int Limit = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Province { get; set; }

    public IReadOnlyList<(int Id, string Name)> Provinces { get; private set; } = [];

    public IReadOnlyList<PortalCommune> Results { get; private set; } = [];

    /// <summary>The communes among the results that use Loa.</summary>
    public IReadOnlySet<int> InService { get; private set; } = new HashSet<int>();

    public bool Searched => !string.IsNullOrWhiteSpace(Q) || Province is not null;

    public async Task<IActionResult> OnGetAsync()
    {
        if (User.Identity?.IsAuthenticated == true && User.Role() is { } role)
        {
            return Redirect(role switch
            {
                UserRole.UnitOfficer => "/tasks/mine",
                UserRole.SystemAdmin => "/admin",
                UserRole.ProvinceOfficer => "/province",
                UserRole.NationalOfficer => "/ministry",
                UserRole.Leader or UserRole.Coordinator => "/dashboard",
                _ => "/plans",
            });
        }

        var all = await directory.AllAsync(HttpContext.RequestAborted);
        Provinces = all.GroupBy(c => c.ProvinceId).OrderBy(g => g.First().ProvinceLocality, VietnameseOrder.Instance)
            .Select(g => (g.Key, g.First().ProvinceName)).ToList();
        if (Searched)
        {
            Results = await directory.SearchAsync(Q, Province, Limit + 1, HttpContext.RequestAborted);
            if (Results.Count == 1 && !string.IsNullOrWhiteSpace(Q) && Q.Trim().Length == 5 && Q.Trim().All(char.IsAsciiDigit))
            {
                return Redirect(Results[0].Path);
            }

            var ids = Results.Select(c => c.Id).ToList();
            var inService = await db.Communes.AsNoTracking()
                .Where(c => c.InService && ids.Contains(c.Id))
                .Select(c => c.Id)
                .ToListAsync(HttpContext.RequestAborted);
            InService = inService.ToHashSet();
        }

        return Page();
    }
}
