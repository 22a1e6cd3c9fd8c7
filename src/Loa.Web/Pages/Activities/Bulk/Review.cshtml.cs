using Loa.Activities.Bulk;
using Loa.Data;
using Loa.Domain;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Loa.Web.Infrastructure.Uploads;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Activities.Bulk;

/// <summary>
/// Each row of an uploaded activity sheet as it will be saved, or why it is refused; nothing is saved until the uploader
/// confirms, and then every accepted row is saved in one transaction, once (docs/decisions/0028).
/// </summary>
[Authorize(Policy = Policies.Recorder)]
public sealed class ReviewModel(LoaDbContext db, UploadStore storage, TimeProvider time) : PageModel
{
    public ActivityBatch Batch { get; private set; } = null!;

    public string PlanTitle { get; private set; } = "";

    public int PlanYear { get; private set; }

    public IReadOnlyList<CheckedRow> Rows { get; private set; } = [];

    public int AcceptedCount => Rows.Count(r => r.Accepted);

    public int RefusedCount => Rows.Count(r => !r.Accepted);

    /// <summary>Once confirmed: the activities it saved (recorded by the uploader at the moment of confirmation).</summary>
    public IReadOnlyList<(int Id, string Title, DateOnly Date)> Saved { get; private set; } = [];

    /// <summary>Why the sheet cannot be saved (anymore), when it cannot.</summary>
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } failure)
        {
            return failure;
        }

        Refusal = Batch.ConfirmedAt is null ? ActivityBatchAccess.RefusalToConfirm(User.UserId()!, Batch, Now) : null;
        if (Batch.ConfirmedAt is null && Refusal is null)
        {
            await CheckRowsAsync();
        }
        else if (Batch.ConfirmedAt is { } confirmed)
        {
            Saved = (await db.Activities.AsNoTracking()
                .Where(a => a.PlanId == Batch.PlanId && a.RecordedById == Batch.UploadedById && a.RecordedAt == confirmed)
                .OrderBy(a => a.Date).ThenBy(a => a.Id)
                .Select(a => new { a.Id, a.Title, a.Date })
                .ToListAsync()).Select(a => (a.Id, a.Title, a.Date)).ToList();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } failure)
        {
            return failure;
        }

        if (ActivityBatchAccess.RefusalToConfirm(User.UserId()!, Batch, Now) is { } refusal)
        {
            return Refuse(refusal, StatusCodes.Status409Conflict);
        }

        if (!await CheckRowsAsync())
        {
            return Refuse(Refusal!, StatusCodes.Status410Gone);
        }

        if (AcceptedCount == 0)
        {
            return Refuse("Không có dòng nào hợp lệ để lưu: hãy sửa các dòng bị từ chối trong tệp rồi tải lên lại.", StatusCodes.Status400BadRequest);
        }

        var plan = await db.Plans.AsNoTracking().FirstAsync(p => p.Id == Batch.PlanId);
        var drafts = Rows.Where(r => r.Accepted).Select(r => r.Draft!).ToList();
        if (!await ActivityBatchSave.SaveAsync(db, Batch, plan, drafts, User.UserId()!, Now, HttpContext.RequestAborted))
        {
            return Refuse("Bảng này vừa được lưu (có lẽ ở một cửa sổ khác); không lưu lần nữa.", StatusCodes.Status409Conflict);
        }

        storage.Discard(ActivitySheetUploads.Policy, Batch.CommuneId!.Value, [Batch.StoredName]);
        TempData["Flash"] = $"Đã lưu {Batch.SavedCount} hoạt động từ tệp “{Batch.FileName}”.";
        return Redirect($"/activities/bulk/review/{id}");
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var batch = await db.ActivityBatches.FirstOrDefaultAsync(b => b.Id == id);
        if (batch is null)
        {
            return await this.NotFoundAuditedAsync<ActivityBatch>(db, id);
        }

        if (ActivityBatchAccess.RefusalToReview(User.UserId()!, batch) is { } refusal)
        {
            return await this.RefuseAsync<ActivityBatch>(id, refusal);
        }

        Batch = batch;
        var plan = await db.Plans.AsNoTracking().Where(p => p.Id == batch.PlanId).Select(p => new { p.Title, p.Year }).FirstAsync();
        (PlanTitle, PlanYear) = (plan.Title, plan.Year);
        return null;
    }

    /// <summary>Reads the held file and checks each row against the data as it is now; false (with <see cref="Refusal"/>) when the file is gone.</summary>
    private async Task<bool> CheckRowsAsync()
    {
        var bytes = await ActivityBatchFiles.ReadAsync(storage, Batch, HttpContext.RequestAborted);
        var check = await ActivitySheetQuery.LoadAsync(db, Batch.PlanId, VietnamTime.Today(time));
        if (bytes is null || check is null)
        {
            Refusal = "Tệp tải lên không còn được giữ: hãy tải tệp lên lại.";
            return false;
        }

        var sheet = ActivitySheetReader.Read(bytes);
        Rows = check.Check(sheet.Rows);
        Refusal = sheet.Problem;
        return sheet.Problem is null;
    }

    private PageResult Refuse(string message, int status)
    {
        Refusal = message;
        ModelState.AddModelError(string.Empty, message);
        Response.StatusCode = status;
        return Page();
    }
}
