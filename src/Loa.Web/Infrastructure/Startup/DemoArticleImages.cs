using Loa.Data;
using Loa.Demo;
using Loa.Web.Infrastructure.Uploads;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Infrastructure.Startup;

/// <summary>
/// Writes the demo's infographics and library pictures (drawn by <see cref="DemoArticles.Infographic"/>, the only SVG images: uploads are
/// raster images, see <see cref="UploadPolicies.ArticleImage"/>) wherever their file is missing — after the demo is
/// built, or when the data folder is new.
/// </summary>
public sealed class DemoArticleImages(UploadStore store)
{
    public async Task RestoreAsync(LoaDbContext db, CancellationToken cancellationToken = default)
    {
        var drawn = await db.Articles.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.CoverContentType == DemoArticles.InfographicType && a.CoverImage != null && a.CommuneId != null)
            .Join(db.Communes, a => a.CommuneId, c => c.Id, (a, c) => new { CommuneId = c.Id, a.CoverImage, c.Name })
            .ToListAsync(cancellationToken);
        var pictures = await db.ArticlePictures.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.ContentType == DemoArticles.InfographicType && p.CommuneId != null)
            .Join(db.Communes, p => p.CommuneId, c => c.Id, (p, c) => new { CommuneId = c.Id, CoverImage = (string?)p.StoredName, c.Name })
            .ToListAsync(cancellationToken);
        foreach (var image in drawn.Concat(pictures))
        {
            var path = store.PathOf(UploadPolicies.ArticleImage, image.CommuneId, image.CoverImage!);
            if (!File.Exists(path))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await File.WriteAllBytesAsync(path, DemoArticles.Infographic(image.Name), cancellationToken);
            }
        }
    }
}
