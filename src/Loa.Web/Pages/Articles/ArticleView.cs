using Loa.Articles;
using Loa.Domain;
using Loa.Text;
using Loa.Web.Infrastructure.Security;

namespace Loa.Web.Pages.Articles;

/// <summary>An article as its page shows it (on the portal, and in the staff's preview): image, video player, sanitised body.</summary>
public sealed record ArticleView(Article Article, string? CategoryName, string? ImageUrl, VideoEmbed? Video, DateTime? PublishedLocal)
{
    public static ArticleView For(Article article, string? imageUrl) => new(
        article,
        article.Category?.Name,
        article.CoverImage is null ? null : imageUrl,
        VideoEmbed.Parse(article.VideoUrl),
        article.PublishAt is { } at ? VietnamTime.Local(at) : null);

    /// <summary>Opens the page's content policy to what this article needs: the video player's origin, images the body takes from other sites.</summary>
    public void AllowIn(HttpContext context)
    {
        if (Video is not null)
        {
            SecurityHeaders.AllowFrames(context, VideoEmbed.FrameSources);
        }

        if (Article.Body.Contains("<img src=\"http", StringComparison.Ordinal))
        {
            SecurityHeaders.AllowRemoteImages(context);
        }
    }
}
