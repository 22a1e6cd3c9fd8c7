using Loa.Articles;
using Loa.Data;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Articles;

/// <summary>An article as the portal will show it, whatever its status, for the staff who write it.</summary>
[Authorize(Policy = Policies.ArticleEditor)]
public sealed class PreviewModel(LoaDbContext db, TimeProvider time) : PageModel
{
    public ArticleView View { get; private set; } = null!;

    public bool IsPublic { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var article = await db.Articles.AsNoTracking().Include(a => a.Category).FirstOrDefaultAsync(a => a.Id == id && a.CommuneId == db.Scope.CommuneId);
        if (article is null)
        {
            return await this.NotFoundAuditedAsync<Article>(db, id);
        }

        View = ArticleView.For(article, $"/articles/image/{article.Id}");
        View.AllowIn(HttpContext);
        IsPublic = article.IsPublicAt(time.GetUtcNow().UtcDateTime);
        return Page();
    }
}
