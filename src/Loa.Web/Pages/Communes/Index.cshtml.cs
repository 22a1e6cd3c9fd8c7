using System.Globalization;
using Loa.Data;
using Loa.Domain;
using Loa.Domain.Accounts;
using Loa.Plans;
using Loa.Text;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Communes;

/// <summary>
/// The provinces (for the administrator) and a province's communes, searchable: whether each uses Loa, its active
/// coordinators, its accounts and where its plan of the year stands. A province officer sees their own province only.
/// </summary>
[Authorize(Policy = Policies.PortalServiceManager)]
public sealed class IndexModel(LoaDbContext db, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "province")]
    public int? ProvinceChoice { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>"on": in service only; "off": not in service only.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    public Domain.Geography.Province? Province { get; private set; }

    public IReadOnlyList<ProvinceRow> Provinces { get; private set; } = [];

    public IReadOnlyList<CommuneRow> Rows { get; private set; } = [];

    public int Year { get; private set; }

    public bool IsAdmin => User.Role() == UserRole.SystemAdmin;

    public async Task<IActionResult> OnGetAsync()
    {
        Year = VietnamTime.Today(time).Year;
        var provinceId = IsAdmin ? ProvinceChoice : User.ProvinceId();
        if (provinceId is null)
        {
            if (!IsAdmin)
            {
                return await this.DenyAsync("xã, phường: tài khoản không gắn với tỉnh nào");
            }

            await LoadProvincesAsync();
            return Page();
        }

        Province = await db.Provinces.AsNoTracking().FirstOrDefaultAsync(p => p.Id == provinceId);
        if (Province is null)
        {
            return NotFound();
        }

        var communes = await db.Communes.AsNoTracking().Where(c => c.ProvinceId == provinceId)
            .Select(c => new { c.Id, c.Code, c.Name, c.Locality, c.InService }).ToListAsync();
        var accounts = (await db.Users.AsNoTracking().Where(u => u.ProvinceId == provinceId && u.CommuneId != null)
            .GroupBy(u => u.CommuneId!.Value)
            .Select(g => new
            {
                Commune = g.Key,
                Total = g.Count(),
                Coordinators = g.Count(u => u.Role == UserRole.Coordinator && !u.IsDisabled),
            })
            .ToListAsync()).ToDictionary(x => x.Commune);
        var plans = (await db.Plans.AsNoTracking()
            .Where(p => p.ProvinceId == provinceId && p.CommuneId != null && p.UnitId == null && p.Year == Year)
            .Select(p => new { Commune = p.CommuneId!.Value, p.Status })
            .ToListAsync())
            .GroupBy(p => p.Commune).ToDictionary(g => g.Key, g => g.Max(p => p.Status));
        var words = VietnameseText.FoldWords(Q).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Rows = communes
            .Where(c => words.All(w => VietnameseText.FoldWords($"{c.Name} {c.Code}").Contains(w, StringComparison.Ordinal)))
            .Where(c => Show switch { "on" => c.InService, "off" => !c.InService, _ => true })
            .OrderByDescending(c => c.InService)
            .ThenBy(c => VietnameseText.Fold(c.Locality), StringComparer.Ordinal)
            .Select(c => new CommuneRow(
                c.Id,
                c.Code,
                c.Name,
                c.InService,
                accounts.TryGetValue(c.Id, out var a) ? a.Coordinators : 0,
                a?.Total ?? 0,
                plans.TryGetValue(c.Id, out var s) ? s : null))
            .ToList();
        return Page();
    }

    /// <summary>The filters as a query string, for the forms and links.</summary>
    public string ProvinceQuery => IsAdmin && Province is { } p ? "province=" + p.Id.ToString(CultureInfo.InvariantCulture) : "";

    private async Task LoadProvincesAsync()
    {
        var counts = (await db.Communes.AsNoTracking().GroupBy(c => c.ProvinceId)
            .Select(g => new { Province = g.Key, Total = g.Count(), On = g.Count(c => c.InService) })
            .ToListAsync()).ToDictionary(x => x.Province);
        var accounts = (await db.Users.AsNoTracking().Where(u => u.ProvinceId != null)
            .GroupBy(u => u.ProvinceId!.Value).Select(g => new { Province = g.Key, Total = g.Count() })
            .ToListAsync()).ToDictionary(x => x.Province, x => x.Total);
        var words = VietnameseText.FoldWords(Q).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Provinces = (await db.Provinces.AsNoTracking().Select(p => new { p.Id, p.Code, p.Name, p.Locality }).ToListAsync())
            .Where(p => words.All(w => VietnameseText.FoldWords($"{p.Name} {p.Code}").Contains(w, StringComparison.Ordinal)))
            .OrderBy(p => VietnameseText.Fold(p.Locality), StringComparer.Ordinal)
            .Select(p => new ProvinceRow(
                p.Id,
                p.Name,
                counts.TryGetValue(p.Id, out var c) ? c.Total : 0,
                c?.On ?? 0,
                accounts.GetValueOrDefault(p.Id)))
            .ToList();
    }

    public sealed record ProvinceRow(int Id, string Name, int Communes, int InService, int Accounts);

    public sealed record CommuneRow(int Id, string Code, string Name, bool InService, int Coordinators, int Accounts, PlanStatus? Plan);
}
