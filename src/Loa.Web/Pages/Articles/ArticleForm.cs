using System.ComponentModel.DataAnnotations;
using Loa.Articles;
using Loa.Domain;

namespace Loa.Web.Pages.Articles;

/// <summary>An article as the form holds it: the body as the editor sends it or as typed (cleaned on save), the schedule in Vietnam time.</summary>
public sealed class ArticleForm
{
    public int Version { get; set; }

    [Required(ErrorMessage = "Hãy nhập tiêu đề.")]
    [StringLength(Article.TitleMax, ErrorMessage = "Tiêu đề dài quá 300 ký tự.")]
    public string Title { get; set; } = "";

    [StringLength(Article.SummaryMax, ErrorMessage = "Phần tóm tắt dài quá 1.000 ký tự.")]
    public string? Summary { get; set; }

    public string? Body { get; set; }

    public ArticleKind Kind { get; set; } = ArticleKind.News;

    public int? CategoryId { get; set; }

    public int? TaskId { get; set; }

    [StringLength(300, ErrorMessage = "Địa chỉ video dài quá 300 ký tự.")]
    public string? VideoUrl { get; set; }

    [StringLength(300, ErrorMessage = "Phần mô tả ảnh dài quá 300 ký tự.")]
    public string? CoverAlt { get; set; }

    public bool RemoveCover { get; set; }

    /// <summary>When to publish, Vietnam time (the datetime-local field).</summary>
    public DateTime? PublishAt { get; set; }

    public static ArticleForm From(Article article) => new()
    {
        Version = article.Version,
        Title = article.Title,
        Summary = article.Summary,
        Body = article.Body,
        Kind = article.Kind,
        CategoryId = article.CategoryId,
        TaskId = article.TaskId,
        VideoUrl = article.VideoUrl,
        CoverAlt = article.CoverAlt,
        PublishAt = article.PublishAt is { } at ? VietnamTime.Local(at) : null,
    };

    /// <summary>The edit the rules check and apply (<see cref="ArticleWorkflow"/>), with the body as cleaned for saving.</summary>
    public ArticleEdit ToEdit(string cleanedBody) => new(Title ?? "", Summary, cleanedBody, Kind, CategoryId, TaskId, VideoUrl, CoverAlt, PublishAt);
}

/// <summary>A key task an article may serve, as the choice list shows it (named with its plan's year).</summary>
public sealed record TaskChoice(int Id, int PlanId, int Year, string Label);
