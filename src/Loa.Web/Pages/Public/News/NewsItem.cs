using Loa.Articles;
using Loa.Data;
using Loa.Domain;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Public.News;

/// <summary>An article as lists show it (no body), with its public address.</summary>
public sealed record NewsItem(
    int Id,
    string Title,
    string Url,
    string? Summary,
    ArticleKind Kind,
    string? Category,
    DateTime PublishedLocal,
    string? ImageUrl,
    string? ImageAlt,
    int Views)
{
    /// <summary>The commune's articles the public may see now.</summary>
    public static IQueryable<Article> Public(LoaDbContext db, int communeId, DateTime utcNow) =>
        db.Articles.AsNoTracking().Where(a => a.CommuneId == communeId).Where(Article.IsPublic(utcNow));

    public static async Task<List<NewsItem>> ListAsync(IQueryable<Article> query, string portalPath, int skip, int take, CancellationToken cancellationToken)
    {
        var rows = await query
            .OrderByDescending(a => a.PublishAt).ThenByDescending(a => a.Id)
            .Skip(skip).Take(take)
            .Select(a => new
            {
                a.Id,
                a.Title,
                a.Slug,
                a.Summary,
                a.Kind,
                Category = a.Category!.Name,
                a.PublishAt,
                HasImage = a.CoverImage != null,
                a.CoverAlt,
                a.Views,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(a => new NewsItem(
            a.Id, a.Title, $"{portalPath}/news/{a.Id}-{a.Slug}", a.Summary, a.Kind, a.Category, VietnamTime.Local(a.PublishAt!.Value),
            a.HasImage ? $"{portalPath}/news/image/{a.Id}" : null, a.CoverAlt, a.Views)).ToList();
    }
}
