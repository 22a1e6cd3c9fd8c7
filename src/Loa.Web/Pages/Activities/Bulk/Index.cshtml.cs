using Loa.Activities.Bulk;
using Loa.Data;
using Loa.Domain;
using Loa.Plans;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Loa.Web.Infrastructure.Uploads;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Activities.Bulk;

/// <summary>
/// Many activities at once (docs/decisions/0028): the unit downloads its tasks as an Excel sheet, fills it in and uploads it;
/// the file is held (<see cref="ActivityBatch"/>) and the review page shows each row before anything is saved.
/// </summary>
[Authorize(Policy = Policies.Recorder)]
[RequestSizeLimit(ActivitySheetReader.MaxBytes + (1024 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = ActivitySheetReader.MaxBytes + (1024 * 1024))]
public sealed class IndexModel(LoaDbContext db, UploadStore storage, TimeProvider time) : PageModel
{
    public IReadOnlyList<Plan> Plans { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public int? PlanId { get; set; }

    [BindProperty]
    public IFormFile? Sheet { get; set; }

    public DateOnly Today => VietnamTime.Today(time);

    public async Task OnGetAsync() => await LoadPlansAsync();

    /// <summary>The sheet to fill: the plan's tasks the user may record on, the channels, the user's units.</summary>
    public async Task<IActionResult> OnGetTemplateAsync(int planId)
    {
        if (await ActivitySheetQuery.LoadAsync(db, planId, Today) is not { } check)
        {
            return await this.NotFoundAuditedAsync<Plan>(db, planId);
        }

        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == planId).Select(p => new { p.Year }).FirstAsync();
        var bytes = ActivitySheetTemplate.Create(check.TaskChoices, check.UnitChoices);
        return File(bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"hoat-dong-ke-hoach-{plan.Year}.xlsx");
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadPlansAsync();
        var communeId = db.Scope.CommuneId;
        var plan = Plans.FirstOrDefault(p => p.Id == PlanId);
        if (plan is null || communeId is null)
        {
            ModelState.AddModelError(nameof(PlanId), "Hãy chọn kế hoạch trong danh sách.");
            return Page();
        }

        if (Sheet is null)
        {
            ModelState.AddModelError(nameof(Sheet), "Hãy chọn tệp Excel đã điền.");
            return Page();
        }

        var policy = ActivitySheetUploads.Policy;
        foreach (var problem in await storage.CheckAsync(policy, [Sheet], communeId, HttpContext.RequestAborted))
        {
            ModelState.AddModelError(nameof(Sheet), problem.Message);
            Response.StatusCode = problem.StatusCode;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        await using var content = await UploadedFiles.ReadAsync(Sheet, HttpContext.RequestAborted);
        if (ActivitySheetReader.Read(content.ToArray()).Problem is { } unreadable)
        {
            ModelState.AddModelError(nameof(Sheet), unreadable);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        await ActivityBatchFiles.RemoveExpiredAsync(db, storage, communeId.Value, time.GetUtcNow().UtcDateTime);
        var storedName = await storage.WriteAsync(policy, content, communeId.Value, HttpContext.RequestAborted);
        var now = time.GetUtcNow().UtcDateTime;
        var batch = new ActivityBatch
        {
            ProvinceId = plan.ProvinceId,
            CommuneId = communeId,
            PlanId = plan.Id,
            FileName = UploadedFiles.CleanFileName(Sheet.FileName),
            StoredName = storedName,
            UploadedById = User.UserId()!,
            UploadedAt = now,
            ExpiresAt = now + ActivityBatchAccess.HeldFor,
        };
        db.ActivityBatches.Add(batch);
        try
        {
            await db.SaveChangesAsync();
        }
        catch
        {
            storage.Discard(policy, communeId.Value, [storedName]);
            throw;
        }

        return Redirect($"/activities/bulk/review/{batch.Id}");
    }

    private async Task LoadPlansAsync()
    {
        Plans = (await ActivitySheetQuery.PlansAsync(db)).Where(p => p.Year <= Today.Year).ToList();
        PlanId ??= Plans.FirstOrDefault(p => p.Year == Today.Year)?.Id ?? (Plans.Count > 0 ? Plans[0].Id : null);
    }
}
