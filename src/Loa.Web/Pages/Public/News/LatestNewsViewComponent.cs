using Loa.Data;
using Loa.Web.Infrastructure.Portal;
using Microsoft.AspNetCore.Mvc;

namespace Loa.Web.Pages.Public.News;

/// <summary>The latest public news of the commune, for its portal's home page.</summary>
public sealed class LatestNewsViewComponent(LoaDbContext db, TimeProvider time) : ViewComponent
{
    public const int Count = 4;

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var commune = HttpContext.PortalCommune() ?? throw new InvalidOperationException("The latest news belong on a portal page.");
        var items = await NewsItem.ListAsync(NewsItem.Public(db, commune.Id, time.GetUtcNow().UtcDateTime), commune.Path, 0, Count, HttpContext.RequestAborted);
        return View((commune.Path, (IReadOnlyList<NewsItem>)items));
    }
}
