using System.Linq.Expressions;
using Loa.Domain;

namespace Loa.Articles;

/// <summary>
/// A news item of the commune's CCHC section on its public portal: a story, a video or an infographic. Its body is
/// HTML sanitised when it is saved (<see cref="Text.HtmlSanitiser"/>). It is public once published, or once its
/// scheduled time has come (<see cref="IsPublic"/>: a query-time rule, no job). Linked to a key task of the issued
/// plan, it counts as one activity of that task, with its views as reach (<see cref="ActivityId"/>).
/// </summary>
public sealed class Article : ICommuneOwned, IAudited, IVersioned
{
    public const int TitleMax = 300;
    public const int SummaryMax = 1000;
    public const int BodyMax = 200_000;
    public const int SlugMax = 100;

    public int Id { get; set; }

    public int ProvinceId { get; set; }

    public int? CommuneId { get; set; }

    public string Title { get; set; } = "";

    /// <summary>The title folded into the address: "tiep-nhan-ho-so-truc-tuyen".</summary>
    public string Slug { get; set; } = "";

    /// <summary>A few sentences under the title and in lists (plain text).</summary>
    public string? Summary { get; set; }

    /// <summary>Sanitised HTML.</summary>
    public string Body { get; set; } = "";

    public ArticleKind Kind { get; set; } = ArticleKind.News;

    public int? CategoryId { get; set; }

    public ArticleCategory? Category { get; set; }

    public ArticleStatus Status { get; set; } = ArticleStatus.Draft;

    /// <summary>When it is (or was) to become public, UTC.</summary>
    public DateTime? PublishAt { get; set; }

    /// <summary>When it was last unpublished, UTC.</summary>
    public DateTime? UnpublishedAt { get; set; }

    /// <summary>The random name of the cover or infographic image in the data folder, outside the web root.</summary>
    public string? CoverImage { get; set; }

    public string? CoverContentType { get; set; }

    /// <summary>What the image shows, for people who cannot see it.</summary>
    public string? CoverAlt { get; set; }

    /// <summary>A YouTube or Vimeo address as typed; shown through the privacy-enhanced player (<see cref="VideoEmbed"/>).</summary>
    public string? VideoUrl { get; set; }

    public string AuthorId { get; set; } = "";

    public string AuthorName { get; set; } = "";

    /// <summary>The key task of the issued plan the article serves.</summary>
    public int? TaskId { get; set; }

    /// <summary>The activity that counts the article toward its task, while it is published or scheduled.</summary>
    public int? ActivityId { get; set; }

    public Activities.Activity? Activity { get; set; }

    /// <summary>Counted views: once per reader and article (cookie, and address with browser for a few hours).</summary>
    public int Views { get; set; }

    /// <summary>When the linked activity's views were last brought up to date, UTC (at most every few minutes).</summary>
    public DateTime? ViewsSyncedAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public int Version { get; set; }

    /// <summary>Published, or scheduled for a time that has come.</summary>
    public bool IsPublicAt(DateTime utcNow) => Status is ArticleStatus.Published or ArticleStatus.Scheduled && PublishAt <= utcNow;

    /// <summary>The same rule, for queries: what the public may see at <paramref name="utcNow"/>.</summary>
    public static Expression<Func<Article, bool>> IsPublic(DateTime utcNow) =>
        a => (a.Status == ArticleStatus.Published || a.Status == ArticleStatus.Scheduled) && a.PublishAt <= utcNow;

    /// <summary>The status as people see it: a scheduled article whose time has come is published.</summary>
    public ArticleStatus EffectiveStatus(DateTime utcNow) => Status == ArticleStatus.Scheduled && PublishAt <= utcNow ? ArticleStatus.Published : Status;
}

public enum ArticleKind
{
    /// <summary>Tin, bài.</summary>
    News = 1,

    /// <summary>Video.</summary>
    Video = 2,

    /// <summary>Infographic (an image that is the content).</summary>
    Infographic = 3,
}

public enum ArticleStatus
{
    Draft = 1,
    Scheduled = 2,
    Published = 3,
    Unpublished = 4,
}

public static class ArticleText
{
    public static readonly IReadOnlyList<ArticleKind> Kinds = [ArticleKind.News, ArticleKind.Video, ArticleKind.Infographic];

    public static string Label(this ArticleKind kind) => kind switch
    {
        ArticleKind.Video => "Video",
        ArticleKind.Infographic => "Infographic",
        _ => "Tin, bài",
    };

    public static string Label(this ArticleStatus status) => status switch
    {
        ArticleStatus.Scheduled => "Hẹn giờ đăng",
        ArticleStatus.Published => "Đã đăng",
        ArticleStatus.Unpublished => "Đã gỡ",
        _ => "Bản nháp",
    };
}
