using Loa.Data;
using Loa.Demo;
using Loa.Web.Infrastructure.Uploads;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Infrastructure.Startup;

/// <summary>
/// The demo's infographics, drawn by <see cref="DemoArticles.Infographic"/> (the only SVG images: uploads are raster
/// images), written where article images are stored wherever their file is missing — after the demo is built, or
/// when the data folder is new. Run at start in demo mode (<see cref="LoaStartup"/>).
/// </summary>
public static class DemoImages
{
    public static async Task RestoreAsync(LoaDbContext db, ArticleImages images, CancellationToken cancellationToken = default)
    {
        var drawn = await db.Articles.IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.CoverContentType == DemoArticles.InfographicType && a.CoverImage != null && a.CommuneId != null)
            .Join(db.Communes, a => a.CommuneId, c => c.Id, (a, c) => new { CommuneId = c.Id, a.CoverImage, c.Name })
            .ToListAsync(cancellationToken);
        foreach (var image in drawn.Where(i => !File.Exists(images.PathOf(i.CommuneId, i.CoverImage!))))
        {
            var path = images.PathOf(image.CommuneId, image.CoverImage!);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, DemoArticles.Infographic(image.Name), cancellationToken);
        }
    }
}
