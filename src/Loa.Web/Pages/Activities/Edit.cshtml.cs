using Loa.Activities;
using Loa.Data;
using Loa.Domain;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Loa.Web.Infrastructure.Uploads;
using Loa.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Activities;

/// <summary>
/// Corrects or deletes a recorded activity (its unit's officers or the coordinator: <see cref="ActivityAccess"/>);
/// edits by two people at once cannot overwrite each other.
/// </summary>
[Authorize(Policy = Policies.Recorder)]
[RequestSizeLimit(UploadLimits.RequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.RequestBytes)]
public sealed class EditModel(LoaDbContext db, UploadStore storage, UploadPolicies policies, TimeProvider time, AuditLog audit) : PageModel, IActivityPage
{
    private Activity? activity;

    [BindProperty]
    public ActivityForm Activity { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public ActivityRecording Recording { get; private set; } = null!;

    public IReadOnlyList<EvidenceFile> ExistingFiles => activity?.Files ?? [];

    public int ActivityId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } failure)
        {
            return failure;
        }

        Activity = ActivityForm.From(activity!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } failure)
        {
            return failure;
        }

        var current = activity!;
        Activity.Validate(ModelState, Recording.Plan.Year, VietnamTime.Today(time));
        if (!Recording.MayUse(Activity.UnitId))
        {
            ModelState.AddModelError("Activity.UnitId", "Hãy chọn đơn vị thực hiện trong danh sách.");
        }

        foreach (var problem in await storage.CheckAsync(policies.Evidence, Files, current.CommuneId!.Value, HttpContext.RequestAborted))
        {
            ModelState.AddModelError("Files", problem.Message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(current).Property(a => a.Version).OriginalValue = Activity.Version;
        Activity.ApplyTo(current);
        current.UnitId = Activity.UnitId!.Value;
        var removed = current.Files.Where(f => Activity.RemoveFileIds.Contains(f.Id)).ToList();
        db.EvidenceFiles.RemoveRange(removed);
        var added = UploadRecords.Evidence(
            await storage.StoreAsync(
                policies.Evidence, Files, current.CommuneId!.Value, HttpContext.RequestAborted), current.ProvinceId, current.CommuneId!.Value, User.UserId()!);
        current.Files.AddRange(added);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            storage.Discard(policies.Evidence, current.CommuneId!.Value, UploadRecords.StoredNames(added));
            ModelState.AddModelError(string.Empty, Conflicts.Message("Hoạt động này"));
            return Page();
        }
        catch
        {
            storage.Discard(policies.Evidence, current.CommuneId!.Value, UploadRecords.StoredNames(added));
            throw;
        }

        storage.Discard(policies.Evidence, current.CommuneId!.Value, UploadRecords.StoredNames(removed));
        TempData["Flash"] = "Đã lưu hoạt động.";
        return Redirect($"/activities/details/{id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id)
    {
        if (await LoadAsync(id) is { } failure)
        {
            return failure;
        }

        var current = activity!;
        var files = current.Files.ToList();
        db.Activities.Remove(current);
        await db.SaveChangesAsync();
        storage.Discard(policies.Evidence, current.CommuneId!.Value, UploadRecords.StoredNames(files));
        await audit.WriteAsync("delete-evidence", succeeded: true, nameof(EvidenceFile), detail: $"{files.Count} tệp của hoạt động {id}");
        TempData["Flash"] = "Đã xóa hoạt động.";
        return Redirect($"/plans/details/{current.PlanId}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        ActivityId = id;
        activity = await db.Activities.Include(a => a.Files).FirstOrDefaultAsync(a => a.Id == id);
        if (activity is null)
        {
            return await this.NotFoundAuditedAsync<Activity>(db, id);
        }

        if (ActivityAccess.RefusalToChange(db.Scope, activity, await ActivitySource.OfAsync(db, id)) is { } refusal)
        {
            return await this.RefuseAsync<Activity>(id, refusal);
        }

        Recording = (await ActivityRecordingQuery.LoadAsync(db, activity.TaskId))!;
        return null;
    }
}
