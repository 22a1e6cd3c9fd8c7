using Loa.Data;
using Loa.Indices;
using Loa.Web.Infrastructure.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Public;

/// <summary>The commune's (and its province's) index results over the years, for the public.</summary>
[OutputCache(PolicyName = PortalCache.Policy)]
public sealed class IndicesModel(LoaDbContext db) : PortalPageModel(db)
{
    public IReadOnlyList<IndexResult> Own { get; private set; } = [];

    public IReadOnlyList<IndexResult> Province { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadProfileAsync();
        var results = await Db.IndexResults.AsNoTracking()
            .Where(r => r.CommuneId == Commune.Id || (r.CommuneId == null && r.ProvinceId == Commune.ProvinceId))
            .OrderByDescending(r => r.Year)
            .ToListAsync(HttpContext.RequestAborted);
        Own = results.Where(r => r.CommuneId != null).ToList();
        Province = results.Where(r => r.CommuneId == null).ToList();
        return Page();
    }
}
