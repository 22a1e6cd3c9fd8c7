using Loa.Data;
using Loa.Indices;
using Loa.Web.Infrastructure.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;

namespace Loa.Web.Pages.Public;

/// <summary>
/// The home page of a commune's CCHC portal: welcome, how the plan is going, the latest results of the indices, news,
/// open surveys, published answers, where to go next. What it shows from the database is built once per change of the
/// commune's data and kept (<see cref="PortalHomes"/>); a request reads the commune's stamp and renders.
/// </summary>
[OutputCache(PolicyName = PortalCache.Policy)]
public sealed class IndexModel(LoaDbContext db, PortalHomes homes) : PortalPageModel(db)
{
    public PortalHome Home { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        Home = await homes.GetAsync(Db, Commune, afresh: User.Identity?.IsAuthenticated == true, HttpContext.RequestAborted);
        UseProfile(Home.Profile);
        ViewData["Feed"] = Commune.Path + "/news/feed";
        return Page();
    }
}

/// <summary>An index result as the home shows it: the kind, the year, the score out of its maximum.</summary>
public sealed record IndexScore(IndexKind Kind, int Year, decimal Score, decimal? MaxScore);
