using Loa.Data;
using Loa.OpenData;
using Loa.Web.Infrastructure.OpenData;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.OpenData;

/// <summary>A commune's open data: its issued plans with their progress, and its index results; linked from its portal's footer.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = OpenDataCache.Policy)]
[EnableRateLimiting(OpenDataRegistration.RateLimit)]
public sealed class CommuneModel(LoaDbContext db, TimeProvider time) : PageModel
{
    public string Name { get; private set; } = "";

    public string ProvinceCode { get; private set; } = "";

    public OpenDataCatalogPage? Catalog { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code)
    {
        if (await new CommuneDatasets(db).FindCommuneAsync(code, HttpContext.RequestAborted) is not { } commune)
        {
            return NotFound();
        }

        OpenDataCache.ForCommune(HttpContext, commune.Id);
        Name = commune.Name;
        ProvinceCode = await db.Provinces.AsNoTracking().Where(p => p.Id == commune.ProvinceId).Select(p => p.Code).FirstAsync(HttpContext.RequestAborted);
        Catalog = await new OpenDataCatalog(db, time).CommuneAsync(commune, HttpContext.RequestAborted);
        return Page();
    }
}
