using Loa.Articles;
using Loa.Data;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Articles;

/// <summary>
/// "Preview as on a phone": the article form as it is now (not saved), cleaned as saving would clean it and shown
/// as the portal shows it, in the phone-width frame of the edit page. Nothing is stored.
/// </summary>
[Authorize(Policy = Policies.ArticleEditor)]
public sealed class PhoneModel(LoaDbContext db, TimeProvider time) : PageModel
{
    [BindProperty]
    public ArticleForm Input { get; set; } = new();

    public ArticleView? View { get; private set; }

    public void OnGet() => SecurityHeaders.AllowFramingBySelf(HttpContext);

    /// <summary>Shows the posted form; <paramref name="id"/> is the article being edited, for its category's name and its cover.</summary>
    public async Task<IActionResult> OnPostAsync(int? id)
    {
        SecurityHeaders.AllowFramingBySelf(HttpContext);
        var existing = id is null ? null
            : await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.CommuneId == db.Scope.CommuneId, HttpContext.RequestAborted);
        var code = await db.Communes.AsNoTracking().Where(c => c.Id == db.Scope.CommuneId).Select(c => c.Code).FirstAsync(HttpContext.RequestAborted);
        var body = (Input.Body ?? "").Length > Article.BodyMax ? "" : await ArticleBodies.CleanAsync(db, Input.Body, code, HttpContext.RequestAborted);
        var category = Input.CategoryId is { } categoryId
            ? await db.ArticleCategories.AsNoTracking().FirstOrDefaultAsync(c => c.Id == categoryId, HttpContext.RequestAborted)
            : null;
        var now = time.GetUtcNow().UtcDateTime;
        var article = new Article
        {
            Id = existing?.Id ?? 0,
            Title = string.IsNullOrWhiteSpace(Input.Title) ? "(Chưa có tiêu đề)" : Input.Title.Trim(),
            Body = body,
            Summary = ArticleBody.SummaryOf(Input.Summary, body),
            Kind = Input.Kind,
            Category = category,
            VideoUrl = Input.VideoUrl,
            CoverImage = Input.RemoveCover ? null : existing?.CoverImage,
            CoverAlt = Input.CoverAlt,
            Views = existing?.Views ?? 0,
            PublishAt = existing is not null && existing.IsPublicAt(now) ? existing.PublishAt : now,
        };
        View = ArticleView.For(article, existing is null ? null : $"/articles/image/{existing.Id}");
        View.AllowIn(HttpContext);
        return Page();
    }
}
