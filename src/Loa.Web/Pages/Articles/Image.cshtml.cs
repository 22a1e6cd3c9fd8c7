using Loa.Articles;
using Loa.Data;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Loa.Web.Infrastructure.Uploads;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Articles;

/// <summary>The image of any article of the commune (drafts included), for its staff's form and preview.</summary>
[Authorize(Policy = Policies.ArticleEditor)]
public sealed class ImageModel(LoaDbContext db, UploadStore images) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id)
    {
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == id && a.CommuneId == db.Scope.CommuneId)
            .Select(a => new { a.CommuneId, a.CoverImage, a.CoverContentType }).FirstOrDefaultAsync();
        if (article is null)
        {
            return await this.NotFoundAuditedAsync<Article>(db, id);
        }

        Response.Headers.CacheControl = "private, no-store";
        return ImageResponse.Send(this, images, article.CommuneId!.Value, article.CoverImage, article.CoverContentType);
    }
}

/// <summary>An article image as a response: its own type, never sniffed, unable to run anything if opened alone.</summary>
public static class ImageResponse
{
    public static IActionResult Send(PageModel page, UploadStore images, int communeId, string? storedName, string? contentType)
    {
        if (storedName is null || contentType is null)
        {
            return page.NotFound();
        }

        var path = images.PathOf(UploadPolicies.ArticleImage, communeId, storedName);
        if (!System.IO.File.Exists(path))
        {
            return page.NotFound();
        }

        page.Response.Headers.XContentTypeOptions = "nosniff";
        page.Response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
        return page.PhysicalFile(path, contentType);
    }
}
