using Loa.Articles;
using Loa.Data;
using Loa.Web.Infrastructure.Uploads;
using Loa.Web.Pages.Articles;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Public.News;

/// <summary>The image of a public article of the commune; nothing for drafts, scheduled or unpublished ones, or another commune's.</summary>
public sealed class ImageModel(LoaDbContext db, TimeProvider time, UploadStore images) : PortalPageModel(db)
{
    public async Task<IActionResult> OnGetAsync(int id)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var article = await Db.Articles.AsNoTracking().Where(a => a.Id == id && a.CommuneId == Commune.Id).Where(Article.IsPublic(now))
            .Select(a => new { a.CoverImage, a.CoverContentType }).FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (article is null)
        {
            return NotFound();
        }

        Response.Headers.CacheControl = "public, max-age=600";
        return ImageResponse.Send(this, images, Commune.Id, article.CoverImage, article.CoverContentType);
    }
}
