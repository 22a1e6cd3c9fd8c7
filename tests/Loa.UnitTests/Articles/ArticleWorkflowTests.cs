using Loa.Articles;

namespace Loa.UnitTests.Articles;

/// <summary>Saving, publishing, scheduling and taking down an article; what an edit must contain and may choose.</summary>
public sealed class ArticleWorkflowTests
{
    // 1 July 2026, 10:00 in Vietnam
    private static readonly DateTime Now = new(2026, 7, 1, 3, 0, 0, DateTimeKind.Utc);

    private static readonly ArticleTaskChoice Task2026 = new(7, 2026);

    private static ArticleEdit Edit(
        string body = "<p>Nội dung</p>", ArticleKind kind = ArticleKind.News, int? categoryId = null, int? taskId = null,
        string? video = null, DateTime? publishAtLocal = null) =>
        new(" Tiêu đề bài ", null, body, kind, categoryId, taskId, video, "  ", publishAtLocal);

    private static ArticleCheck Check(ArticleEdit edit, ArticleIntent intent, Article? existing = null) =>
        ArticleWorkflow.Check(edit, intent, existing, [3], [Task2026], Now);

    [Theory]
    [InlineData("publish", ArticleIntent.Publish)]
    [InlineData("schedule", ArticleIntent.Schedule)]
    [InlineData("save", ArticleIntent.Save)]
    [InlineData(null, ArticleIntent.Save)]
    [InlineData("PUBLISH", ArticleIntent.Save)]
    public void The_button_names_the_intent(string? button, ArticleIntent intent) => Assert.Equal(intent, ArticleWorkflow.IntentOf(button));

    [Fact]
    public void A_valid_edit_has_no_problem()
    {
        Assert.Empty(ArticleWorkflow.ContentProblems(Edit(), 20, hasImage: false));
        Assert.Empty(Check(Edit(categoryId: 3, taskId: 7), ArticleIntent.Publish).Problems);
    }

    [Fact]
    public void Content_problems_name_their_field()
    {
        Assert.Equal(["Body"], ArticleWorkflow.ContentProblems(Edit(body: ""), 0, hasImage: false).Select(p => p.Field));
        Assert.Empty(ArticleWorkflow.ContentProblems(Edit(body: ""), 0, hasImage: true));
        Assert.Equal(["Body"], ArticleWorkflow.ContentProblems(Edit(), Article.BodyMax + 1, hasImage: false).Select(p => p.Field));
        Assert.Equal(["Cover"], ArticleWorkflow.ContentProblems(Edit(kind: ArticleKind.Infographic), 20, hasImage: false).Select(p => p.Field));
        Assert.Equal(["VideoUrl"], ArticleWorkflow.ContentProblems(Edit(kind: ArticleKind.Video), 20, hasImage: false).Select(p => p.Field));
        Assert.Equal(["VideoUrl"], ArticleWorkflow.ContentProblems(Edit(video: "https://example.org/v"), 20, hasImage: false).Select(p => p.Field));
        Assert.Equal(["Kind"], ArticleWorkflow.ContentProblems(Edit(kind: (ArticleKind)99), 20, hasImage: true).Select(p => p.Field));
    }

    [Fact]
    public void A_category_or_task_not_of_the_commune_is_refused()
    {
        var problems = Check(Edit(categoryId: 4, taskId: 8), ArticleIntent.Save).Problems;

        Assert.Equal(["CategoryId", "TaskId"], problems.Select(p => p.Field));
    }

    [Theory]
    [InlineData(null, "Hãy chọn ngày giờ đăng bài.")]
    [InlineData("2026-07-01T09:59", "Thời điểm hẹn đăng phải sau thời điểm hiện tại")]
    [InlineData("2027-07-02T10:00", "Chỉ hẹn đăng trong vòng một năm tới.")]
    public void A_schedule_must_be_a_time_within_the_next_year(string? local, string message)
    {
        var at = local is null ? (DateTime?)null : DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture);

        var check = Check(Edit(publishAtLocal: at), ArticleIntent.Schedule);

        Assert.Equal("PublishAt", Assert.Single(check.Problems).Field);
        Assert.StartsWith(message, check.Problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_schedule_is_kept_in_UTC()
    {
        var check = Check(Edit(publishAtLocal: new DateTime(2026, 7, 2, 8, 0, 0)), ArticleIntent.Schedule);

        Assert.Empty(check.Problems);
        Assert.Equal(new DateTime(2026, 7, 2, 1, 0, 0, DateTimeKind.Utc), check.ScheduleAt);
    }

    [Fact]
    public void A_task_counts_only_an_article_published_in_its_plans_year()
    {
        var intoNextYear = Check(Edit(taskId: 7, publishAtLocal: new DateTime(2027, 1, 2, 8, 0, 0)), ArticleIntent.Schedule);
        Assert.Equal("TaskId", Assert.Single(intoNextYear.Problems).Field);

        // a draft counts on no day, so any task of the commune may be chosen for it
        Assert.Empty(Check(Edit(taskId: 7), ArticleIntent.Save).Problems);
    }

    [Fact]
    public void Publishing_a_new_article_publishes_it_now_and_fills_it_from_the_edit()
    {
        var article = ArticleWorkflow.Create(1, 2, "u", "Nguyễn Văn A", Now);

        ArticleWorkflow.Apply(article, Edit(body: "<p>Người dân nộp hồ sơ trực tuyến.</p>", categoryId: 3), ArticleIntent.Publish, null, Now);

        Assert.Equal(ArticleStatus.Published, article.Status);
        Assert.Equal(Now, article.PublishAt);
        Assert.Equal("Tiêu đề bài", article.Title);
        Assert.Equal("tieu-de-bai", article.Slug);
        Assert.Equal("Người dân nộp hồ sơ trực tuyến.", article.Summary);
        Assert.Null(article.CoverAlt);
        Assert.Equal(3, article.CategoryId);
        Assert.Equal("Đã đăng bài “Tiêu đề bài” lên cổng thông tin.", ArticleWorkflow.SavedMessage(article, ArticleIntent.Publish, Now));
    }

    [Fact]
    public void Publishing_again_an_article_already_public_keeps_its_time()
    {
        var earlier = Now.AddDays(-3);
        var article = new Article { Status = ArticleStatus.Published, PublishAt = earlier };

        ArticleWorkflow.Apply(article, Edit(), ArticleIntent.Publish, null, Now);

        Assert.Equal(earlier, article.PublishAt);
        Assert.Equal(DateOnly.FromDateTime(earlier.AddHours(7)), ArticleWorkflow.CreditDate(article, ArticleIntent.Save, null, Now));
    }

    [Fact]
    public void Scheduling_sets_the_time_and_saving_keeps_the_status()
    {
        var article = new Article { Status = ArticleStatus.Draft };
        var at = Now.AddDays(1);

        ArticleWorkflow.Apply(article, Edit(), ArticleIntent.Schedule, at, Now);
        Assert.Equal((ArticleStatus.Scheduled, at), (article.Status, article.PublishAt));
        Assert.StartsWith("Đã hẹn đăng bài", ArticleWorkflow.SavedMessage(article, ArticleIntent.Schedule, Now), StringComparison.Ordinal);

        ArticleWorkflow.Apply(article, Edit(), ArticleIntent.Save, null, Now);
        Assert.Equal((ArticleStatus.Scheduled, at), (article.Status, article.PublishAt));
    }

    [Fact]
    public void Only_an_article_on_the_portal_can_be_taken_down()
    {
        var published = new Article { Status = ArticleStatus.Published, PublishAt = Now.AddDays(-1) };
        var draft = new Article { Status = ArticleStatus.Draft };

        Assert.True(ArticleWorkflow.Unpublish(published, Now));
        Assert.Equal((ArticleStatus.Unpublished, Now), (published.Status, published.UnpublishedAt));
        Assert.False(ArticleWorkflow.Unpublish(draft, Now));
        Assert.Equal(ArticleStatus.Draft, draft.Status);
        Assert.Null(draft.UnpublishedAt);
    }
}
