using Loa.Activities;
using Loa.Data;
using Loa.Domain;
using Loa.Plans;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Loa.Web.Infrastructure.Uploads;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Loa.Web.Pages.Activities;

/// <summary>A unit records what it did for a task, with evidence links and files. Files and record are saved together or not at all.</summary>
[Authorize(Policy = Policies.Recorder)]
[RequestSizeLimit(UploadLimits.RequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.RequestBytes)]
public sealed class CreateModel(LoaDbContext db, UploadStore storage, UploadPolicies policies, TimeProvider time) : PageModel, IActivityPage
{
    [BindProperty]
    public ActivityForm Activity { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public ActivityRecording Recording { get; private set; } = null!;

    public IReadOnlyList<EvidenceFile> ExistingFiles => [];

    public DateOnly Today => VietnamTime.Today(time);

    public async Task<IActionResult> OnGetAsync(int taskId)
    {
        if (await ActivityRecordingQuery.LoadAsync(db, taskId) is not { } recording)
        {
            return await this.NotFoundAuditedAsync<KeyTask>(db, taskId);
        }

        Recording = recording;
        if (recording.Refusal(Today) is { } refusal)
        {
            return Refuse(refusal);
        }

        var task = recording.KeyTask;
        Activity = new ActivityForm
        {
            Date = recording.DefaultDate(Today),
            UnitId = recording.DefaultUnitId,
            Channel = ChannelKindGuess.FromText($"{task.Name} {task.Products}"),
            ContentArea = ContentAreaText.Guess($"{task.Name} {task.Products}"),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int taskId)
    {
        if (await ActivityRecordingQuery.LoadAsync(db, taskId) is not { } recording)
        {
            return await this.NotFoundAuditedAsync<KeyTask>(db, taskId);
        }

        Recording = recording;
        if (recording.Refusal(Today) is { } refusal)
        {
            return Refuse(refusal);
        }

        var task = recording.KeyTask;
        Activity.Validate(ModelState, Recording.Plan.Year, VietnamTime.Today(time));
        if (!Recording.MayUse(Activity.UnitId))
        {
            ModelState.AddModelError("Activity.UnitId", "Hãy chọn đơn vị thực hiện trong danh sách.");
        }

        var communeId = task.CommuneId!.Value;
        foreach (var problem in await storage.CheckAsync(policies.Evidence, Files, communeId, HttpContext.RequestAborted))
        {
            ModelState.AddModelError("Files", problem.Message);
            Response.StatusCode = problem.StatusCode;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var activity = new Activity
        {
            ProvinceId = task.ProvinceId,
            CommuneId = communeId,
            PlanId = task.PlanId,
            TaskId = task.Id,
            UnitId = Activity.UnitId!.Value,
            RecordedById = User.UserId()!,
            RecordedAt = time.GetUtcNow().UtcDateTime,
        };
        Activity.ApplyTo(activity);
        var files = UploadRecords.Evidence(
            await storage.StoreAsync(policies.Evidence, Files, communeId, HttpContext.RequestAborted), task.ProvinceId, communeId, User.UserId()!);
        activity.Files.AddRange(files);
        db.Activities.Add(activity);
        try
        {
            await db.SaveChangesAsync();
        }
        catch
        {
            storage.Discard(policies.Evidence, communeId, UploadRecords.StoredNames(files));
            throw;
        }

        TempData["Flash"] = $"Đã ghi nhận hoạt động “{activity.Title}”.";
        return Redirect($"/activities/details/{activity.Id}");
    }

    private PageResult Refuse(string refusal)
    {
        ModelState.AddModelError(string.Empty, refusal);
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }
}
