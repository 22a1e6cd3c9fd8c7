using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Loa.Articles;
using Loa.Domain;
using Loa.Text;

namespace Loa.Web.Pages.Articles;

/// <summary>An article as the form holds it: the body as typed or pasted HTML (cleaned on save), the schedule in Vietnam time.</summary>
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

    /// <summary>What the attributes cannot check, in Vietnamese, keyed by field name.</summary>
    public IEnumerable<(string Field, string Message)> Problems(bool hasImage, string sanitisedBody)
    {
        if (!ArticleText.Kinds.Contains(Kind))
        {
            yield return (nameof(Kind), "Hãy chọn loại bài trong danh sách.");
        }

        if ((Body ?? "").Length > Article.BodyMax)
        {
            yield return (nameof(Body), $"Nội dung dài quá {Article.BodyMax.ToString("#,0", CultureInfo.GetCultureInfo("vi-VN"))} ký tự: hãy tách thành nhiều bài.");
            yield break;
        }

        var video = VideoEmbed.Parse(VideoUrl);
        if (!string.IsNullOrWhiteSpace(VideoUrl) && video is null)
        {
            yield return (nameof(VideoUrl), "Địa chỉ video phải là một video trên YouTube hoặc Vimeo (vd: https://www.youtube.com/watch?v=…).");
        }
        else if (Kind == ArticleKind.Video && video is null)
        {
            yield return (nameof(VideoUrl), "Bài loại video cần địa chỉ của video trên YouTube hoặc Vimeo.");
        }

        if (Kind == ArticleKind.Infographic && !hasImage)
        {
            yield return ("Cover", "Bài loại infographic cần một ảnh: hãy chọn tệp ảnh để tải lên.");
        }

        if (Kind == ArticleKind.News && HtmlSanitiser.PlainText(sanitisedBody).Length == 0 && !hasImage)
        {
            yield return (nameof(Body), "Hãy nhập nội dung bài viết.");
        }
    }

    /// <summary>The summary given, or the first words of the body.</summary>
    public static string? SummaryOf(string? summary, string sanitisedBody)
    {
        if (!string.IsNullOrWhiteSpace(summary))
        {
            return summary.Trim();
        }

        var text = HtmlSanitiser.PlainText(sanitisedBody);
        if (text.Length <= 240)
        {
            return text.Length == 0 ? null : text;
        }

        var cut = text.LastIndexOf(' ', 240);
        return text[..(cut > 120 ? cut : 240)] + "…";
    }
}

/// <summary>A key task an article may serve, as the choice list shows it (named with its plan's year).</summary>
public sealed record TaskChoice(int Id, int PlanId, int Year, string Label);
