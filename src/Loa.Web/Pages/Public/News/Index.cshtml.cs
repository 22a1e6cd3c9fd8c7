using Loa.Articles;
using Loa.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Public.News;

/// <summary>
/// The commune's CCHC news for the public: what is published (scheduled ones once their time has come), newest first,
/// by category, ten a page.
/// </summary>
public sealed class IndexModel(LoaDbContext db, TimeProvider time) : PortalPageModel(db)
{
    public const int PageSize = 10;

    [BindProperty(SupportsGet = true)]
    public int? Category { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<ArticleCategory> Categories { get; private set; } = [];

    public IReadOnlyList<NewsItem> Items { get; private set; } = [];

    public int Pages { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadProfileAsync();
        ViewData["Feed"] = Commune.Path + "/news/feed";
        var now = time.GetUtcNow().UtcDateTime;
        Categories = await Db.ArticleCategories.AsNoTracking().Where(c => c.CommuneId == Commune.Id)
            .OrderBy(c => c.Order).ThenBy(c => c.Name).ToListAsync(HttpContext.RequestAborted);
        if (Category is { } category && Categories.All(c => c.Id != category))
        {
            return NotFound();
        }

        var query = NewsItem.Public(Db, Commune.Id, now);
        if (Category is { } chosen)
        {
            query = query.Where(a => a.CategoryId == chosen);
        }

        var total = await query.CountAsync(HttpContext.RequestAborted);
        Pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        if (PageNumber < 1 || PageNumber > Pages)
        {
            return NotFound();
        }

        Items = await NewsItem.ListAsync(query, Commune.Path, (PageNumber - 1) * PageSize, PageSize, HttpContext.RequestAborted);
        return Page();
    }

    public string PageLink(int page) => $"{Commune.Path}/news?{(Category is { } c ? $"category={c}&" : "")}trang={page}";
}
