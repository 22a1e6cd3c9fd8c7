using Loa.Articles;
using Loa.Data;
using Loa.Domain;
using Loa.Plans;
using Loa.Text;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Loa.Web.Infrastructure.Uploads;
using Loa.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Articles;

/// <summary>
/// Writes or edits an article of the commune's portal, with its cover or infographic image; saves it as a draft,
/// publishes it now or schedules it; takes it down or deletes it. The body is sanitised on save; a published or
/// scheduled article linked to a task counts as one activity of that task (<see cref="ArticleActivities"/>).
/// </summary>
[Authorize(Policy = Policies.ArticleEditor)]
[RequestSizeLimit(UploadPolicies.ArticleRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadPolicies.ArticleRequestBytes)]
public sealed class EditModel(LoaDbContext db, UploadStore images, TimeProvider time) : PageModel
{
    [BindProperty]
    public ArticleForm Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Cover { get; set; }

    public int? ArticleId { get; private set; }

    public Article? Existing { get; private set; }

    public IReadOnlyList<ArticleCategory> Categories { get; private set; } = [];

    public IReadOnlyList<TaskChoice> Tasks { get; private set; } = [];

    public string CommuneCode { get; private set; } = "";

    public DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<IActionResult> OnGetAsync(int? id, int? taskId)
    {
        ArticleId = id;
        await LoadChoicesAsync();
        if (id is null)
        {
            Input = new ArticleForm { CategoryId = Categories.Count > 0 ? Categories[0].Id : null, TaskId = Tasks.Any(t => t.Id == taskId) ? taskId : null };
            return Page();
        }

        Existing = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.CommuneId == db.Scope.CommuneId);
        if (Existing is null)
        {
            return await this.NotFoundAuditedAsync<Article>(db, id.Value);
        }

        Input = ArticleForm.From(Existing);
        return Page();
    }

    /// <summary>Saves; <paramref name="intent"/> is the button pressed: "publish" now, "schedule" at the chosen time, otherwise keep the status (a new article is a draft).</summary>
    public async Task<IActionResult> OnPostAsync(int? id, string? intent)
    {
        ArticleId = id;
        await LoadChoicesAsync();
        Article? article = null;
        if (id is not null)
        {
            article = await db.Articles.FirstOrDefaultAsync(a => a.Id == id && a.CommuneId == db.Scope.CommuneId);
            if (article is null)
            {
                return await this.NotFoundAuditedAsync<Article>(db, id.Value);
            }

            Existing = article;
        }

        var now = Now;
        var body = (Input.Body ?? "").Length > Article.BodyMax ? "" : HtmlSanitiser.Sanitise(Input.Body);
        var hasImage = Cover is not null || (article?.CoverImage is not null && !Input.RemoveCover);
        if (ModelState.IsValid)
        {
            foreach (var (field, message) in Input.Problems(hasImage, body))
            {
                ModelState.AddModelError(field == "Cover" ? "Cover" : $"{nameof(Input)}.{field}", message);
            }
        }

        if (Input.CategoryId is { } categoryId && !Categories.Any(c => c.Id == categoryId))
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(ArticleForm.CategoryId)}", "Hãy chọn chuyên mục trong danh sách.");
        }

        var chosenTask = Input.TaskId is { } taskId ? Tasks.FirstOrDefault(t => t.Id == taskId) : null;
        if (Input.TaskId is not null && chosenTask is null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(ArticleForm.TaskId)}", "Hãy chọn nhiệm vụ trong danh sách: nhiệm vụ của kế hoạch đã ban hành của xã, phường.");
        }

        DateTime? scheduleAt = null;
        if (intent == "schedule")
        {
            scheduleAt = Input.PublishAt is { } local ? VietnamTime.ToUtc(local) : null;
            if (scheduleAt is null)
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(ArticleForm.PublishAt)}", "Hãy chọn ngày giờ đăng bài.");
            }
            else if (scheduleAt <= now)
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(ArticleForm.PublishAt)}", "Thời điểm hẹn đăng phải sau thời điểm hiện tại. Muốn đăng ngay, hãy bấm “Đăng ngay”.");
            }
            else if (scheduleAt > now.AddYears(1))
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(ArticleForm.PublishAt)}", "Chỉ hẹn đăng trong vòng một năm tới.");
            }
        }

        if (chosenTask is not null && CreditDate(article, intent, scheduleAt, now) is { } credited
            && PlanYearCredit.Problem(chosenTask.Year, credited, $"Bài đăng ngày {DisplayTime.Date(credited)}") is { } yearProblem)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(ArticleForm.TaskId)}", yearProblem);
        }

        if (Cover is not null && await images.CheckAsync(UploadPolicies.ArticleImage, [Cover], db.Scope.CommuneId, HttpContext.RequestAborted) is [var problem, ..])
        {
            ModelState.AddModelError(nameof(Cover), problem.Message);
            Response.StatusCode = problem.StatusCode;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (article is null)
        {
            article = new Article
            {
                ProvinceId = db.Scope.ProvinceId!.Value,
                CommuneId = db.Scope.CommuneId,
                AuthorId = User.UserId()!,
                AuthorName = User.DisplayName(),
                CreatedAt = now,
            };
            db.Articles.Add(article);
        }
        else
        {
            db.Entry(article).Property(a => a.Version).OriginalValue = Input.Version;
        }

        article.Title = Input.Title.Trim();
        article.Slug = Slugs.From(article.Title, Article.SlugMax);
        article.Body = body;
        article.Summary = ArticleForm.SummaryOf(Input.Summary, body);
        article.Kind = Input.Kind;
        article.CategoryId = Input.CategoryId;
        article.TaskId = Input.TaskId;
        article.VideoUrl = VideoEmbed.Parse(Input.VideoUrl)?.WatchUrl;
        article.CoverAlt = string.IsNullOrWhiteSpace(Input.CoverAlt) ? null : Input.CoverAlt.Trim();
        article.UpdatedAt = now;
        switch (intent)
        {
            case "publish":
                if (!article.IsPublicAt(now))
                {
                    article.PublishAt = now;
                }

                article.Status = ArticleStatus.Published;
                break;
            case "schedule":
                article.PublishAt = scheduleAt;
                article.Status = ArticleStatus.Scheduled;
                break;
        }

        var oldCover = article.CoverImage;
        string? newCover = null;
        if (Cover is not null)
        {
            var stored = (await images.StoreAsync(UploadPolicies.ArticleImage, [Cover], article.CommuneId!.Value, HttpContext.RequestAborted))[0];
            (newCover, article.CoverContentType) = (stored.StoredName, stored.ContentType);
            article.CoverImage = newCover;
        }
        else if (Input.RemoveCover)
        {
            article.CoverImage = null;
            article.CoverContentType = null;
        }

        try
        {
            await SaveWithActivityAsync(article, now);
        }
        catch (DbUpdateConcurrencyException)
        {
            images.Discard(UploadPolicies.ArticleImage, article.CommuneId!.Value, [newCover]);
            ModelState.AddModelError(string.Empty, Conflicts.Message("Bài viết này"));
            return Page();
        }
        catch
        {
            images.Discard(UploadPolicies.ArticleImage, article.CommuneId!.Value, [newCover]);
            throw;
        }

        if (oldCover is not null && oldCover != article.CoverImage)
        {
            images.Discard(UploadPolicies.ArticleImage, article.CommuneId!.Value, [oldCover]);
        }

        TempData["Flash"] = article.EffectiveStatus(now) switch
        {
            ArticleStatus.Published when intent == "publish" => $"Đã đăng bài “{article.Title}” lên cổng thông tin.",
            ArticleStatus.Scheduled => $"Đã hẹn đăng bài “{article.Title}” lúc {DisplayTime.Time(article.PublishAt!.Value)} ngày {DisplayTime.DateOf(article.PublishAt!.Value)}.",
            _ => $"Đã lưu bài “{article.Title}”.",
        };
        return Redirect($"/articles/edit/{article.Id}");
    }

    /// <summary>Takes a published or scheduled article off the portal; its activity goes with it.</summary>
    public async Task<IActionResult> OnPostUnpublishAsync(int id, int version)
    {
        var article = await db.Articles.FirstOrDefaultAsync(a => a.Id == id && a.CommuneId == db.Scope.CommuneId);
        if (article is null)
        {
            return await this.NotFoundAuditedAsync<Article>(db, id);
        }

        if (article.Status is ArticleStatus.Published or ArticleStatus.Scheduled)
        {
            db.Entry(article).Property(a => a.Version).OriginalValue = version;
            article.Status = ArticleStatus.Unpublished;
            article.UnpublishedAt = Now;
            article.UpdatedAt = Now;
            try
            {
                await SaveWithActivityAsync(article, Now);
            }
            catch (DbUpdateConcurrencyException)
            {
                TempData["Flash"] = Conflicts.Message("Bài viết này");
                return Redirect($"/articles/edit/{id}");
            }
        }

        TempData["Flash"] = $"Đã gỡ bài “{article.Title}” khỏi cổng thông tin.";
        return Redirect($"/articles/edit/{id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, bool confirm)
    {
        var article = await db.Articles.FirstOrDefaultAsync(a => a.Id == id && a.CommuneId == db.Scope.CommuneId);
        if (article is null)
        {
            return await this.NotFoundAuditedAsync<Article>(db, id);
        }

        if (!confirm)
        {
            TempData["Flash"] = "Chưa xóa: hãy đánh dấu ô xác nhận trước khi bấm Xóa.";
            return Redirect($"/articles/edit/{id}");
        }

        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            article.Status = ArticleStatus.Unpublished;
            await ArticleActivities.SyncAsync(db, article, "", Now, HttpContext.RequestAborted);
            db.Articles.Remove(article);
            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }

        images.Discard(UploadPolicies.ArticleImage, article.CommuneId!.Value, [article.CoverImage]);
        TempData["Flash"] = $"Đã xóa bài “{article.Title}”.";
        return Redirect("/articles");
    }

    /// <summary>Saves the article, then makes its activity agree with it (it needs the article's address), in one transaction.</summary>
    private async Task SaveWithActivityAsync(Article article, DateTime now)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.SaveChangesAsync();
        await ArticleActivities.SyncAsync(db, article, $"/x/{CommuneCode}/news/{article.Id}-{article.Slug}", now, HttpContext.RequestAborted);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
    }

    /// <summary>The tasks grouped by plan, those of the plan whose year contains the article's day of publication (today for one not yet public) first.</summary>
    public IReadOnlyList<PlanYearCredit.TaskGroup<TaskChoice>> TaskGroups =>
        PlanYearCredit.Group(Tasks, t => (t.PlanId, t.Year), Existing?.PublishAt is { } at && Existing.Status is ArticleStatus.Published or ArticleStatus.Scheduled
            ? DateOnly.FromDateTime(VietnamTime.Local(at)) : VietnamTime.Today(time));

    /// <summary>The day the article will count on once saved with <paramref name="intent"/>: its day of publication; null while it stays a draft.</summary>
    private static DateOnly? CreditDate(Article? article, string? intent, DateTime? scheduleAt, DateTime now)
    {
        DateTime? at = intent switch
        {
            "schedule" => scheduleAt,
            "publish" => article is not null && article.IsPublicAt(now) ? article.PublishAt : now,
            _ => article?.Status is ArticleStatus.Published or ArticleStatus.Scheduled ? article.PublishAt : null,
        };
        return at is { } utc ? DateOnly.FromDateTime(VietnamTime.Local(utc)) : null;
    }

    private async Task LoadChoicesAsync()
    {
        Categories = await ArticleChoices.CategoriesAsync(db, HttpContext.RequestAborted);
        Tasks = await ArticleChoices.TasksAsync(db, time, HttpContext.RequestAborted);
        CommuneCode = await db.Communes.AsNoTracking().Where(c => c.Id == db.Scope.CommuneId).Select(c => c.Code).FirstOrDefaultAsync() ?? "";
    }
}
