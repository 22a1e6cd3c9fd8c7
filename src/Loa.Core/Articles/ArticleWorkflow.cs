using System.Globalization;
using Loa.Domain;
using Loa.Plans;
using Loa.Text;

namespace Loa.Articles;

/// <summary>The button an officer pressed under the article form.</summary>
public enum ArticleIntent
{
    /// <summary>Keep the status (a new article is a draft).</summary>
    Save,

    /// <summary>Publish now.</summary>
    Publish,

    /// <summary>Publish at the chosen time.</summary>
    Schedule,
}

/// <summary>An article as the officer sent it: the body already cleaned (<see cref="ArticleBody.Clean"/>), the schedule in Vietnam time.</summary>
public sealed record ArticleEdit(
    string Title,
    string? Summary,
    string Body,
    ArticleKind Kind,
    int? CategoryId,
    int? TaskId,
    string? VideoUrl,
    string? CoverAlt,
    DateTime? PublishAtLocal);

/// <summary>A task an article may serve: its id and its plan's year.</summary>
public sealed record ArticleTaskChoice(int Id, int Year);

/// <summary>What an edit may not do, in Vietnamese, by field; and, when it is scheduled, the moment it goes public (UTC).</summary>
public sealed record ArticleCheck(IReadOnlyList<(string Field, string Message)> Problems, DateTime? ScheduleAt);

/// <summary>
/// The rules of writing an article of a commune's portal: what an edit must contain, which category, task and time it
/// may take, what saving, publishing, scheduling and taking it down do, and what the officer is told.
/// </summary>
public static class ArticleWorkflow
{
    public static ArticleIntent IntentOf(string? button) => button switch
    {
        "publish" => ArticleIntent.Publish,
        "schedule" => ArticleIntent.Schedule,
        _ => ArticleIntent.Save,
    };

    /// <summary>What the content lacks (kind, length, video, image, text), keyed by field ("Cover" for the image).</summary>
    public static IEnumerable<(string Field, string Message)> ContentProblems(ArticleEdit edit, int typedBodyLength, bool hasImage)
    {
        if (!ArticleText.Kinds.Contains(edit.Kind))
        {
            yield return (nameof(ArticleEdit.Kind), "Hãy chọn loại bài trong danh sách.");
        }

        if (typedBodyLength > Article.BodyMax)
        {
            var max = Article.BodyMax.ToString("#,0", CultureInfo.GetCultureInfo("vi-VN"));
            yield return ("Body", $"Nội dung dài quá {max} ký tự: hãy tách thành nhiều bài.");
            yield break;
        }

        var video = VideoEmbed.Parse(edit.VideoUrl);
        if (!string.IsNullOrWhiteSpace(edit.VideoUrl) && video is null)
        {
            yield return (nameof(ArticleEdit.VideoUrl), "Địa chỉ video phải là một video trên YouTube hoặc Vimeo (vd: https://www.youtube.com/watch?v=…).");
        }
        else if (edit.Kind == ArticleKind.Video && video is null)
        {
            yield return (nameof(ArticleEdit.VideoUrl), "Bài loại video cần địa chỉ của video trên YouTube hoặc Vimeo.");
        }

        if (edit.Kind == ArticleKind.Infographic && !hasImage)
        {
            yield return ("Cover", "Bài loại infographic cần một ảnh: hãy chọn tệp ảnh để tải lên.");
        }

        if (edit.Kind == ArticleKind.News && HtmlSanitiser.PlainText(edit.Body).Length == 0 && !hasImage)
        {
            yield return ("Body", "Hãy nhập nội dung bài viết.");
        }
    }

    /// <summary>
    /// Whether the category and task are the commune's, whether the schedule is a time within the next year, and whether
    /// the task's plan year contains the day the article will count on.
    /// </summary>
    public static ArticleCheck Check(
        ArticleEdit edit,
        ArticleIntent intent,
        Article? existing,
        IReadOnlyCollection<int> categoryIds,
        IReadOnlyCollection<ArticleTaskChoice> tasks,
        DateTime now)
    {
        var problems = new List<(string Field, string Message)>();
        if (edit.CategoryId is { } categoryId && !categoryIds.Contains(categoryId))
        {
            problems.Add((nameof(ArticleEdit.CategoryId), "Hãy chọn chuyên mục trong danh sách."));
        }

        var task = edit.TaskId is { } taskId ? tasks.FirstOrDefault(t => t.Id == taskId) : null;
        if (edit.TaskId is not null && task is null)
        {
            problems.Add((nameof(ArticleEdit.TaskId), "Hãy chọn nhiệm vụ trong danh sách: nhiệm vụ của kế hoạch đã ban hành của xã, phường."));
        }

        DateTime? scheduleAt = null;
        if (intent == ArticleIntent.Schedule)
        {
            scheduleAt = edit.PublishAtLocal is { } local ? VietnamTime.ToUtc(local) : null;
            if (ScheduleProblem(scheduleAt, now) is { } problem)
            {
                problems.Add(("PublishAt", problem));
            }
        }

        if (task is not null && CreditDate(existing, intent, scheduleAt, now) is { } credited
            && PlanYearCredit.Problem(task.Year, credited, $"Bài đăng ngày {DisplayTime.Date(credited)}") is { } yearProblem)
        {
            problems.Add((nameof(ArticleEdit.TaskId), yearProblem));
        }

        return new(problems, scheduleAt);
    }

    /// <summary>The day the article will count on once saved with <paramref name="intent"/>: its day of publication; null while it stays a draft.</summary>
    public static DateOnly? CreditDate(Article? article, ArticleIntent intent, DateTime? scheduleAt, DateTime now)
    {
        DateTime? at = intent switch
        {
            ArticleIntent.Schedule => scheduleAt,
            ArticleIntent.Publish => article is not null && article.IsPublicAt(now) ? article.PublishAt : now,
            _ => article?.Status is ArticleStatus.Published or ArticleStatus.Scheduled ? article.PublishAt : null,
        };
        return at is { } utc ? DateOnly.FromDateTime(VietnamTime.Local(utc)) : null;
    }

    /// <summary>A new article of the commune, by its author; a draft until <see cref="Apply"/> says otherwise.</summary>
    public static Article Create(int provinceId, int? communeId, string authorId, string authorName, DateTime now) => new()
    {
        ProvinceId = provinceId,
        CommuneId = communeId,
        AuthorId = authorId,
        AuthorName = authorName,
        CreatedAt = now,
    };

    /// <summary>Writes a checked edit into the article and moves it as the button says: published now, scheduled, or as it was.</summary>
    public static void Apply(Article article, ArticleEdit edit, ArticleIntent intent, DateTime? scheduleAt, DateTime now)
    {
        article.Title = edit.Title.Trim();
        article.Slug = Slugs.From(article.Title, Article.SlugMax);
        article.Body = edit.Body;
        article.Summary = ArticleBody.SummaryOf(edit.Summary, edit.Body);
        article.Kind = edit.Kind;
        article.CategoryId = edit.CategoryId;
        article.TaskId = edit.TaskId;
        article.VideoUrl = VideoEmbed.Parse(edit.VideoUrl)?.WatchUrl;
        article.CoverAlt = string.IsNullOrWhiteSpace(edit.CoverAlt) ? null : edit.CoverAlt.Trim();
        article.UpdatedAt = now;
        switch (intent)
        {
            case ArticleIntent.Publish:
                if (!article.IsPublicAt(now))
                {
                    article.PublishAt = now;
                }

                article.Status = ArticleStatus.Published;
                break;
            case ArticleIntent.Schedule:
                article.PublishAt = scheduleAt ?? throw new ArgumentNullException(nameof(scheduleAt), "a schedule needs its checked time");
                article.Status = ArticleStatus.Scheduled;
                break;
        }
    }

    /// <summary>Takes a published or scheduled article off the portal; false when it was not on it (nothing changes).</summary>
    public static bool Unpublish(Article article, DateTime now)
    {
        if (article.Status is not (ArticleStatus.Published or ArticleStatus.Scheduled))
        {
            return false;
        }

        article.Status = ArticleStatus.Unpublished;
        article.UnpublishedAt = now;
        article.UpdatedAt = now;
        return true;
    }

    /// <summary>What the officer is told after saving.</summary>
    public static string SavedMessage(Article article, ArticleIntent intent, DateTime now) => article.EffectiveStatus(now) switch
    {
        ArticleStatus.Published when intent == ArticleIntent.Publish => $"Đã đăng bài “{article.Title}” lên cổng thông tin.",
        ArticleStatus.Scheduled =>
            $"Đã hẹn đăng bài “{article.Title}” lúc {DisplayTime.Time(article.PublishAt!.Value)} ngày {DisplayTime.DateOf(article.PublishAt!.Value)}.",
        _ => $"Đã lưu bài “{article.Title}”.",
    };

    private static string? ScheduleProblem(DateTime? scheduleAt, DateTime now) => scheduleAt switch
    {
        null => "Hãy chọn ngày giờ đăng bài.",
        { } at when at <= now => "Thời điểm hẹn đăng phải sau thời điểm hiện tại. Muốn đăng ngay, hãy bấm “Đăng ngay”.",
        { } at when at > now.AddYears(1) => "Chỉ hẹn đăng trong vòng một năm tới.",
        _ => null,
    };
}
