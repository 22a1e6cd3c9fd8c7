using Loa.Data;
using Loa.Domain.Geography;
using Loa.Exchange;
using Loa.Text;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Admin.AgencyCodes;

/// <summary>
/// The agency codes (mã định danh điện tử, QĐ 20/2020/QĐ-TTg) of a province and its communes, as the document exchange
/// uses them: derived at first (<see cref="Loa.Exchange.AgencyCodes"/>), corrected here by the administrator to the codes the province's
/// hub actually uses, and changed after a merger.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(LoaDbContext db) : PageModel
{
    public IReadOnlyList<Loa.Domain.Geography.Province> Provinces { get; private set; } = [];

    public Loa.Domain.Geography.Province? Province { get; private set; }

    public IReadOnlyList<Commune> Communes { get; private set; } = [];

    /// <summary>The unit whose code was refused ("p12" or "c345") and why.</summary>
    public (string Key, string Problem)? Refused { get; private set; }

    public async Task OnGetAsync(int? province) => await LoadAsync(province);

    public async Task<IActionResult> OnPostAsync(int province, int? commune, string? code)
    {
        var clean = code?.Trim().ToUpperInvariant() ?? "";
        var key = commune is { } c ? $"c{c}" : $"p{province}";
        var problem = !Loa.Exchange.AgencyCodes.IsValid(clean)
            ? "Mã định danh gồm 4 nhóm, ví dụ 000.00.00.H75 (tỉnh) hoặc 000.12.31.H75 (xã)."
            : await db.Provinces.AnyAsync(p => p.AgencyCode == clean && (commune != null || p.Id != province))
              || await db.Communes.AnyAsync(x => x.AgencyCode == clean && x.Id != commune)
                ? $"Mã {clean} đã là mã của đơn vị khác."
                : null;
        if (problem is null)
        {
            if (commune is not null)
            {
                var found = await db.Communes.FirstOrDefaultAsync(x => x.Id == commune && x.ProvinceId == province);
                if (found is null)
                {
                    return NotFound();
                }

                found.AgencyCode = clean;
                TempData["Flash"] = $"Đã lưu mã định danh {clean} của {found.Name}.";
            }
            else
            {
                var found = await db.Provinces.FirstOrDefaultAsync(p => p.Id == province);
                if (found is null)
                {
                    return NotFound();
                }

                found.AgencyCode = clean;
                TempData["Flash"] = $"Đã lưu mã định danh {clean} của {found.Name}.";
            }

            await db.SaveChangesAsync();
            return Redirect($"/admin/agency-codes?province={province}");
        }

        Refused = (key, problem);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync(province);
        return Page();
    }

    private async Task LoadAsync(int? province)
    {
        Provinces = await db.Provinces.AsNoTracking().OrderBy(p => p.Code).ToListAsync();
        Province = Provinces.FirstOrDefault(p => p.Id == province) ?? (Provinces.Count > 0 ? Provinces[0] : null);
        if (Province is { } chosen)
        {
            Communes = (await db.Communes.AsNoTracking().Where(c => c.ProvinceId == chosen.Id).ToListAsync())
                .OrderBy(c => c.Name, VietnameseOrder.Instance).ToList();
        }
    }
}
