using System.Globalization;
using Loa.Articles;
using Loa.Data;
using Loa.Web.Infrastructure.Portal;
using Loa.Web.Pages.Articles;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Public.News;

/// <summary>
/// One article of the commune's news, at <c>/x/{code}/news/{id}-{slug}</c> (any other slug redirects to the current
/// one). Only while it is public; otherwise, and for another commune's article, 404. A reader's first view counts.
/// </summary>
public sealed class ReadModel(LoaDbContext db, TimeProvider time, ArticleViews views) : PortalPageModel(db)
{
    public ArticleView View { get; private set; } = null!;

    public IReadOnlyList<NewsItem> More { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string article)
    {
        var digits = new string(article.TakeWhile(char.IsAsciiDigit).ToArray());
        if (digits.Length is 0 or > 9 || (article.Length > digits.Length && article[digits.Length] != '-'))
        {
            return NotFound();
        }

        var id = int.Parse(digits, CultureInfo.InvariantCulture);
        var now = time.GetUtcNow().UtcDateTime;
        var found = await Db.Articles.AsNoTracking().Include(a => a.Category)
            .Where(a => a.Id == id && a.CommuneId == Commune.Id).Where(Article.IsPublic(now))
            .FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (found is null)
        {
            return NotFound();
        }

        var canonical = $"{id}-{found.Slug}";
        if (article != canonical)
        {
            return RedirectPermanent($"{Commune.Path}/news/{canonical}");
        }

        if (views.Count(HttpContext, id))
        {
            await Db.Articles.Where(a => a.Id == id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Views, a => a.Views + 1), HttpContext.RequestAborted);
            await ArticleActivities.RefreshViewsAsync(Db, id, now, HttpContext.RequestAborted);
            found.Views++;
        }

        await LoadProfileAsync();
        ViewData["Feed"] = Commune.Path + "/news/feed";
        View = ArticleView.For(found, $"{Commune.Path}/news/image/{id}");
        View.AllowIn(HttpContext);
        More = await NewsItem.ListAsync(NewsItem.Public(Db, Commune.Id, now).Where(a => a.Id != id), Commune.Path, 0, 4, HttpContext.RequestAborted);
        return Page();
    }
}
