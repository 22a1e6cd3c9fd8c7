using Loa.Data;
using Loa.Domain;
using Loa.Indices;
using Loa.Web.Infrastructure.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Public;

/// <summary>The home page of a commune's CCHC portal: welcome, how the plan is going, the latest results of the indices, where to go next.</summary>
[OutputCache(PolicyName = PortalCache.Policy)]
public sealed class IndexModel(LoaDbContext db, TimeProvider time) : PortalPageModel(db)
{
    public PortalPlan? Plan { get; private set; }

    public IReadOnlyList<IndexResult> LatestIndices { get; private set; } = [];

    /// <summary>Set when the commune does not use Loa: the home then says so instead of inviting feedback and surveys.</summary>
    public ServiceNotice? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadProfileAsync();
        if (!await PortalService.InServiceAsync(Db, Commune.Id, HttpContext.RequestAborted))
        {
            Notice = await PortalService.NoticeAsync(Db, Commune, HttpContext.RequestAborted);
        }

        Plan = await PortalPlan.LoadAsync(Db, Commune.Id, VietnamTime.Today(time), everything: false, HttpContext.RequestAborted);
        var results = await Db.IndexResults.AsNoTracking().Where(r => r.CommuneId == Commune.Id).ToListAsync(HttpContext.RequestAborted);
        LatestIndices = results.GroupBy(r => r.Kind).Select(g => g.OrderByDescending(r => r.Year).First()).OrderBy(r => r.Kind).ToList();
        ViewData["Feed"] = Commune.Path + "/news/feed";
        return Page();
    }
}
