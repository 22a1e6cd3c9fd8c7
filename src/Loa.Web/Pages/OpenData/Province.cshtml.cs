using Loa.Data;
using Loa.OpenData;
using Loa.Web.Infrastructure.OpenData;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;

namespace Loa.Web.Pages.OpenData;

/// <summary>A province's open data: its figures per year, its index results, and the communes that have published something.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = OpenDataCache.Policy)]
[EnableRateLimiting(OpenDataRegistration.RateLimit)]
public sealed class ProvinceModel(LoaDbContext db, TimeProvider time) : PageModel
{
    public string Code { get; private set; } = "";

    public OpenDataCatalogPage Catalog { get; private set; } = null!;

    /// <summary>The province's own datasets (its communes' are on their pages).</summary>
    public IReadOnlyList<OpenDataDataset> ProvinceDatasets => [.. Catalog.Datasets.Where(d => d.Schema.Id.StartsWith("province-", StringComparison.Ordinal))];

    public async Task<IActionResult> OnGetAsync(string code)
    {
        if (await new AggregateDatasets(db).FindProvinceAsync(code, HttpContext.RequestAborted) is not { } province)
        {
            return NotFound();
        }

        Code = province.Code;
        Catalog = await new OpenDataCatalog(db, time).ProvinceAsync(province, HttpContext.RequestAborted);
        return Page();
    }
}
