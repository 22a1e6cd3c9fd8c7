using Loa.Data;
using Loa.Web.Infrastructure.Uploads;
using Loa.Web.Pages.Articles;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Public.News;

/// <summary>
/// A picture of the commune's library (<see cref="Loa.Articles.ArticlePicture"/>), as the bodies of its articles show it;
/// nothing for a name that is not one of this commune's pictures.
/// </summary>
public sealed class PictureModel(LoaDbContext db, UploadStore images) : PortalPageModel(db)
{
    public async Task<IActionResult> OnGetAsync(string name)
    {
        if (name.Length != Loa.Articles.ArticlePicture.StoredNameMax || !name.All(char.IsAsciiHexDigitLower))
        {
            return NotFound();
        }

        var contentType = await Db.ArticlePictures.AsNoTracking().Where(p => p.CommuneId == Commune.Id && p.StoredName == name)
            .Select(p => p.ContentType).FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (contentType is null)
        {
            return NotFound();
        }

        // the name is random and the file never changes under it
        Response.Headers.CacheControl = "public, max-age=86400";
        return ImageResponse.Send(this, images, Commune.Id, name, contentType);
    }
}
