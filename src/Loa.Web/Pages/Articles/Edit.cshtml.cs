using Loa.Articles;
using Loa.Data;
using Loa.Domain;
using Loa.Plans;
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
/// publishes it now or schedules it; takes it down or deletes it. The body (from the rich-text editor, or typed in the
/// plain box without JavaScript) is cleaned on save (<see cref="ArticleBodies"/>); the rules are
/// <see cref="ArticleWorkflow"/>'s. A published or scheduled article linked to a task counts as one activity of that
/// task (<see cref="ArticleActivities"/>).
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
            Input = new ArticleForm
            {
                CategoryId = Categories.Count > 0 ? Categories[0].Id : null,
                TaskId = Tasks.Any(t => t.Id == taskId) ? taskId : null,
            };
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

    /// <summary>Saves; <paramref name="intent"/> is the button pressed: "publish" now, "schedule" at the chosen time, otherwise keep the status.</summary>
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
        var action = ArticleWorkflow.IntentOf(intent);
        var typedLength = (Input.Body ?? "").Length;
        var body = typedLength > Article.BodyMax ? "" : await ArticleBodies.CleanAsync(db, Input.Body, CommuneCode, HttpContext.RequestAborted);
        var edit = Input.ToEdit(body);
        var hasImage = Cover is not null || (article?.CoverImage is not null && !Input.RemoveCover);
        if (ModelState.IsValid)
        {
            AddProblems(ArticleWorkflow.ContentProblems(edit, typedLength, hasImage));
        }

        var tasks = Tasks.Select(t => new ArticleTaskChoice(t.Id, t.Year)).ToList();
        var check = ArticleWorkflow.Check(edit, action, article, Categories.Select(c => c.Id).ToList(), tasks, now);
        AddProblems(check.Problems);
        if (Cover is not null && await images.CheckAsync(
            UploadPolicies.ArticleImage, [Cover], db.Scope.CommuneId, HttpContext.RequestAborted) is [var problem, ..])
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
            article = ArticleWorkflow.Create(db.Scope.ProvinceId!.Value, db.Scope.CommuneId, User.UserId()!, User.DisplayName(), now);
            db.Articles.Add(article);
        }
        else
        {
            db.Entry(article).Property(a => a.Version).OriginalValue = Input.Version;
        }

        ArticleWorkflow.Apply(article, edit, action, check.ScheduleAt, now);
        var (oldCover, newCover) = await ReplaceCoverAsync(article);
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

        TempData["Flash"] = ArticleWorkflow.SavedMessage(article, action, now);
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

        db.Entry(article).Property(a => a.Version).OriginalValue = version;
        if (ArticleWorkflow.Unpublish(article, Now))
        {
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

    /// <summary>
    /// The tasks grouped by plan, those of the plan whose year contains the article's day of publication (today for
    /// one not yet public) first.
    /// </summary>
    public IReadOnlyList<PlanYearCredit.TaskGroup<TaskChoice>> TaskGroups =>
        PlanYearCredit.Group(Tasks, t => (t.PlanId, t.Year), CreditDay);

    private DateOnly CreditDay => Existing?.PublishAt is { } at && Existing.Status is ArticleStatus.Published or ArticleStatus.Scheduled
        ? DateOnly.FromDateTime(VietnamTime.Local(at))
        : VietnamTime.Today(time);

    private void AddProblems(IEnumerable<(string Field, string Message)> problems)
    {
        foreach (var (field, message) in problems)
        {
            ModelState.AddModelError(field == "Cover" ? "Cover" : $"{nameof(Input)}.{field}", message);
        }
    }

    /// <summary>Stores the uploaded cover, or drops the cover the officer removed; returns the cover before and the file written.</summary>
    private async Task<(string? Old, string? Written)> ReplaceCoverAsync(Article article)
    {
        var old = article.CoverImage;
        if (Cover is not null)
        {
            var stored = (await images.StoreAsync(UploadPolicies.ArticleImage, [Cover], article.CommuneId!.Value, HttpContext.RequestAborted))[0];
            (article.CoverImage, article.CoverContentType) = (stored.StoredName, stored.ContentType);
            return (old, stored.StoredName);
        }

        if (Input.RemoveCover)
        {
            (article.CoverImage, article.CoverContentType) = (null, null);
        }

        return (old, null);
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

    private async Task LoadChoicesAsync()
    {
        Categories = await ArticleChoices.CategoriesAsync(db, HttpContext.RequestAborted);
        Tasks = await ArticleChoices.TasksAsync(db, time, HttpContext.RequestAborted);
        CommuneCode = await db.Communes.AsNoTracking().Where(c => c.Id == db.Scope.CommuneId).Select(c => c.Code).FirstOrDefaultAsync() ?? "";
    }
}
