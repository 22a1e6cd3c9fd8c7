using Loa.Data;
using Loa.Domain;
using Loa.Plans;
using Loa.Surveys;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Loa.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Surveys;

/// <summary>
/// A survey's life and results: publish it for a period (or change the period), close it, reopen it, set it back to
/// draft while nobody has answered, link it to a task of the plan, delete it; its figures question by question with
/// charts, the text answers, a contest's ranking, and the export of every response.
/// </summary>
[Authorize(Policy = Policies.UnitManager)]
public sealed class DetailsModel(LoaDbContext db, TimeProvider time) : PageModel
{
    public Survey Survey { get; private set; } = null!;

    public SurveyFigures Figures { get; private set; } = null!;

    public DateTime Now { get; private set; }

    public DateOnly Today { get; private set; }

    public string PortalPath { get; private set; } = "";

    public IReadOnlyList<TaskChoice> Tasks { get; private set; } = [];

    public TaskChoice? LinkedTask { get; private set; }

    public int Started { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id, tracked: false) is { } missing)
        {
            return missing;
        }

        await LoadFiguresAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostPublishAsync(int id, DateOnly? opensOn, DateOnly? closesOn, int version) => await ChangeAsync(id, version, () =>
    {
        var problems = new List<string>();
        if (Survey.Questions.Count == 0)
        {
            problems.Add("Chưa có câu hỏi nào: hãy thêm câu hỏi trước khi công bố.");
        }

        if (Survey.IsContest && Survey.Questions.FirstOrDefault(q => q.IsChoice && q.CorrectMask == 0) is { } unanswered)
        {
            problems.Add($"Câu “{unanswered.Text}” chưa có đáp án đúng.");
        }

        if (Survey.IsContest && ContestScoring.MaxScore(Survey.Questions) == 0)
        {
            problems.Add("Cuộc thi cần ít nhất một câu trắc nghiệm có đáp án đúng và điểm.");
        }

        var opens = opensOn ?? (Survey.OpensAt is { } o && Survey.Status != SurveyStatus.Draft ? Loa.Domain.VietnamTime.Day(o) : Today);
        if (closesOn is { } close && close < opens)
        {
            problems.Add("Ngày kết thúc phải từ ngày bắt đầu trở đi.");
        }
        else if (closesOn is { } past && past < Today)
        {
            problems.Add("Ngày kết thúc đã qua: hãy chọn một ngày từ hôm nay trở đi, hoặc để trống.");
        }

        if (YearProblem(Survey.TaskId, opens) is { } yearProblem)
        {
            problems.Add(yearProblem);
        }

        if (problems.Count > 0)
        {
            return problems;
        }

        var wasDraft = Survey.Status == SurveyStatus.Draft;
        Survey.Status = SurveyStatus.Open;
        Survey.OpensAt = Loa.Domain.VietnamTime.StartOfDayUtc(opens);
        Survey.ClosesAt = closesOn is { } c ? Loa.Domain.VietnamTime.StartOfDayUtc(c.AddDays(1)) : null;
        TempData["Flash"] = wasDraft
            ? $"Đã công bố {Survey.Kind.Label().ToLowerInvariant()} trên cổng thông tin, {SurveyAccess.Period(Survey).ToLowerInvariant()}."
            : $"Đã mở {Survey.Kind.Label().ToLowerInvariant()}: {SurveyAccess.Period(Survey).ToLowerInvariant()}.";
        return problems;
    });

    public async Task<IActionResult> OnPostCloseAsync(int id, int version) => await ChangeAsync(id, version, () =>
    {
        if (Survey.Status != SurveyStatus.Open)
        {
            return [$"{Survey.Kind.Label()} chưa mở nên không cần kết thúc."];
        }

        Survey.Status = SurveyStatus.Closed;
        if (Survey.ClosesAt is null || Survey.ClosesAt > Now)
        {
            Survey.ClosesAt = Now;
        }

        if (Survey.OpensAt > Now)
        {
            Survey.OpensAt = Now;
        }

        TempData["Flash"] = $"Đã kết thúc {Survey.Kind.Label().ToLowerInvariant()}: không nhận thêm câu trả lời.";
        return [];
    });

    public async Task<IActionResult> OnPostDraftAsync(int id, int version) => await ChangeAsync(id, version, () =>
    {
        if (Started > 0)
        {
            return ["Đã có người trả lời nên không đưa về bản nháp được: câu hỏi phải giữ nguyên như lúc họ trả lời."];
        }

        Survey.Status = SurveyStatus.Draft;
        Survey.OpensAt = null;
        Survey.ClosesAt = null;
        TempData["Flash"] = "Đã đưa về bản nháp: cổng thông tin không còn hiện, có thể sửa câu hỏi.";
        return [];
    });

    public async Task<IActionResult> OnPostLinkAsync(int id, int version, int? taskId) => await ChangeAsync(id, version, () =>
    {
        if (taskId is { } t && Tasks.All(x => x.Id != t))
        {
            return ["Nhiệm vụ này không thuộc kế hoạch đã ban hành của xã, phường."];
        }

        if (Survey.Status != SurveyStatus.Draft && Survey.OpensAt is { } opensAt && YearProblem(taskId, Loa.Domain.VietnamTime.Day(opensAt)) is { } yearProblem)
        {
            return [yearProblem];
        }

        Survey.TaskId = taskId;
        TempData["Flash"] = taskId is null
            ? "Đã bỏ liên kết với nhiệm vụ."
            : Survey.Status == SurveyStatus.Draft
                ? "Đã liên kết với nhiệm vụ; khi công bố, số người tham gia sẽ được tính cho nhiệm vụ."
                : "Đã liên kết với nhiệm vụ: số người tham gia được tính cho nhiệm vụ.";
        return [];
    });

    public async Task<IActionResult> OnPostDeleteAsync(int id, int version, bool confirm)
    {
        if (await LoadAsync(id, tracked: true) is { } missing)
        {
            return missing;
        }

        if (!confirm)
        {
            TempData["Flash"] = "Chưa xóa: hãy đánh dấu ô xác nhận trước khi bấm Xóa.";
            return Redirect($"/surveys/details/{id}");
        }

        db.Entry(Survey).Property(s => s.Version).OriginalValue = version;
        if (Survey.ActivityId is { } activityId && await db.Activities.FirstOrDefaultAsync(a => a.Id == activityId) is { } activity)
        {
            db.Activities.Remove(activity);
        }

        db.Surveys.Remove(Survey);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, Conflicts.Message(Survey.Kind.Label() + " này"));
            await LoadFiguresAsync();
            return Page();
        }

        TempData["Flash"] = $"Đã xóa {Survey.Kind.Label().ToLowerInvariant()} “{Survey.Title}” và các câu trả lời của nó.";
        return Redirect("/surveys");
    }

    private async Task<IActionResult> ChangeAsync(int id, int version, Func<List<string>> change)
    {
        if (await LoadAsync(id, tracked: true) is { } missing)
        {
            return missing;
        }

        db.Entry(Survey).Property(s => s.Version).OriginalValue = version;
        foreach (var problem in change())
        {
            ModelState.AddModelError(string.Empty, problem);
        }

        if (!ModelState.IsValid)
        {
            TempData.Remove("Flash");
            await LoadFiguresAsync();
            return Page();
        }

        Survey.UpdatedAt = Now;
        var userId = User.UserId() ?? "";
        await SurveyActivities.SyncAsync(db, Survey, userId, PortalPath, Today);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData.Remove("Flash");
            ModelState.AddModelError(string.Empty, Conflicts.Message(Survey.Kind.Label() + " này"));
            db.ChangeTracker.Clear();
            await LoadAsync(id, tracked: false);
            await LoadFiguresAsync();
            return Page();
        }

        return Redirect($"/surveys/details/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id, bool tracked)
    {
        Now = time.GetUtcNow().UtcDateTime;
        Today = VietnamTime.Today(time);
        if (await SurveyAccess.FindAsync(db, id, tracked) is not { } survey)
        {
            return await this.NotFoundAuditedAsync<Survey>(db, id);
        }

        Survey = survey;
        var communeId = db.Scope.CommuneId!.Value;
        PortalPath = "/x/" + await db.Communes.AsNoTracking().Where(c => c.Id == communeId).Select(c => c.Code).FirstAsync();
        Started = await db.SurveyResponses.CountAsync(r => r.SurveyId == id);
        Tasks = (await SurveyActivities.LinkableTasks(db, communeId).AsNoTracking()
            .OrderByDescending(t => t.Plan!.Year).ThenBy(t => t.Order)
            .Select(t => new { t.Id, t.PlanId, t.Plan!.Year, t.Label, t.Name, t.ParentId })
            .ToListAsync())
            .Select(t => new TaskChoice(t.Id, t.PlanId, t.Year, PlanYearCredit.TaskName(t.Year, t.Label, t.Name)))
            .ToList();
        LinkedTask = Survey.TaskId is { } taskId ? Tasks.FirstOrDefault(t => t.Id == taskId) : null;
        return null;
    }

    private async Task LoadFiguresAsync()
    {
        Figures = await SurveyFigures.LoadAsync(db, Survey);
        Response.Headers.CacheControl = "no-store";
    }

    /// <summary>The tasks grouped by plan, those of the plan whose year contains the day it opens (today for a draft) first.</summary>
    public IReadOnlyList<PlanYearCredit.TaskGroup<TaskChoice>> TaskGroups =>
        PlanYearCredit.Group(Tasks, t => (t.PlanId, t.Year), CreditDay);

    /// <summary>The day the survey counts on: the day it opens, today while it is a draft.</summary>
    public DateOnly CreditDay => Survey.Status != SurveyStatus.Draft && Survey.OpensAt is { } opens ? Loa.Domain.VietnamTime.Day(opens) : Today;

    /// <summary>Why the survey opening on <paramref name="opens"/> cannot count for the task; null when it can or no task is chosen.</summary>
    private string? YearProblem(int? taskId, DateOnly opens) =>
        taskId is { } id && Tasks.FirstOrDefault(t => t.Id == id) is { } task
            ? PlanYearCredit.Problem(task.Year, opens, $"{Survey.Kind.Label()} mở ngày {Loa.Text.DisplayTime.Date(opens)}")
            : null;

    public sealed record TaskChoice(int Id, int PlanId, int Year, string Name);
}
