using Loa.Articles;
using Loa.Data;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Articles;

/// <summary>Cleans an article body against the commune's picture library (<see cref="ArticleBody.Clean"/>).</summary>
public static class ArticleBodies
{
    /// <summary>The cleaned body: the pictures it points at are looked up among the commune's; any other image goes.</summary>
    public static async Task<string> CleanAsync(LoaDbContext db, string? html, string communeCode, CancellationToken cancellationToken)
    {
        var names = ArticleBody.PictureNamesIn(html, communeCode);
        var existing = names.Count == 0
            ? []
            : await db.ArticlePictures.AsNoTracking()
                .Where(p => p.CommuneId == db.Scope.CommuneId && names.Contains(p.StoredName))
                .Select(p => p.StoredName)
                .ToListAsync(cancellationToken);
        return ArticleBody.Clean(html, communeCode, existing.ToHashSet(StringComparer.Ordinal));
    }
}
