using System.Globalization;
using Loa.Data;
using Loa.Dialogues;
using Loa.Documents.Pdf;
using Loa.Domain.Geography;
using Loa.Notifications;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Loa.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Dialogues;

/// <summary>
/// One dialogue or conference: what, when, where, who chairs, which task; its state and the steps of its life (announce,
/// cancel, mark held, approve the minutes, publish, reopen), each checked by <see cref="DialogueWorkflow"/>, audited, and
/// keeping its activity in step; the minutes as .docx and PDF.
/// </summary>
[Authorize(Policy = Policies.CommuneStaff)]
public sealed class DetailsModel(LoaDbContext db, TimeProvider time, AuditLog audit, IPdfConverter pdf) : PageModel
{
    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public Dialogue Item { get; private set; } = null!;

    public string? TaskName { get; private set; }

    public int? PlanId { get; private set; }

    public string PortalPath { get; private set; } = "";

    public DateTime Now { get; private set; }

    public bool PdfAvailable => pdf.IsAvailable;

    public bool May(DialogueStep step) => DialogueWorkflow.May(step, db.Scope.Role, Item, Now);

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public Task<IActionResult> OnPostAnnounceAsync(int id) => StepAsync(id, DialogueStep.Announce, "Đã thông báo trên cổng thông tin: người dân, doanh nghiệp gửi được câu hỏi đến trước giờ tổ chức.");

    public Task<IActionResult> OnPostCancelAsync(int id) => StepAsync(id, DialogueStep.Cancel, "Đã hủy. Cổng thông tin không còn hiển thị cuộc này.");

    public Task<IActionResult> OnPostHeldAsync(int id) => StepAsync(id, DialogueStep.MarkHeld, "Đã ghi nhận đã tổ chức; hoạt động được tính cho nhiệm vụ. Hãy ghi biên bản.");

    public Task<IActionResult> OnPostApproveAsync(int id) => StepAsync(id, DialogueStep.Approve, "Đã duyệt biên bản.");

    public Task<IActionResult> OnPostPublishAsync(int id) => StepAsync(id, DialogueStep.Publish, "Đã công khai biên bản và các câu trả lời trên cổng thông tin.");

    public Task<IActionResult> OnPostReopenAsync(int id) => StepAsync(id, DialogueStep.Reopen, "Đã mở lại biên bản để sửa; cổng thông tin không còn hiển thị biên bản.");

    public async Task<IActionResult> OnGetDocxAsync(int id)
    {
        if (await LoadAsync(id) is { } missing)
        {
            return missing;
        }

        return File(await MinutesDocxAsync(), DialogueMinutesDocxWriter.ContentType, FileName("docx"));
    }

    public async Task<IActionResult> OnGetPdfAsync(int id)
    {
        if (await LoadAsync(id) is { } missing)
        {
            return missing;
        }

        if (!pdf.IsAvailable)
        {
            TempData["Flash"] = "Chưa xuất được PDF: máy chủ chưa cài thành phần chuyển đổi PDF (LibreOffice). Tệp .docx vẫn tải được.";
            return Redirect($"/dialogues/details/{id}");
        }

        try
        {
            return File(await pdf.ConvertAsync(await MinutesDocxAsync(), HttpContext.RequestAborted), "application/pdf", FileName("pdf"));
        }
        catch (PdfConversionException problem)
        {
            TempData["Flash"] = problem.Message;
            return Redirect($"/dialogues/details/{id}");
        }
    }

    private string FileName(string extension) =>
        $"BB-{(Item.Kind == DialogueKind.Conference ? "hoi-nghi" : "doi-thoai")}-{Domain.VietnamTime.Day(Item.StartsAt):yyyy-MM-dd}.{extension}";

    private async Task<byte[]> MinutesDocxAsync()
    {
        var commune = await db.Communes.AsNoTracking().FirstAsync(c => c.Id == Item.CommuneId, HttpContext.RequestAborted);
        var recorder = Item.MinutesRecordedById is { } rid
            ? await db.Users.AsNoTracking().Where(u => u.Id == rid).Select(u => u.FullName).FirstOrDefaultAsync(HttpContext.RequestAborted)
            : null;
        var units = await db.Units.AsNoTracking().Where(u => u.CommuneId == Item.CommuneId)
            .ToDictionaryAsync(u => u.Id, u => u.Name, HttpContext.RequestAborted);
        return DialogueMinutesDocxWriter.Write(DialogueMinutes.Of(Item, commune.Kind.Word(), commune.Locality, recorder, units));
    }

    private async Task<IActionResult> StepAsync(int id, DialogueStep step, string flash)
    {
        if (await LoadAsync(id) is { } missing)
        {
            return missing;
        }

        if (!May(step) && !DialogueWorkflow.MayEver(step, db.Scope.Role))
        {
            return await this.DenyAsync($"dialogue {step}");
        }

        var tracked = await db.Dialogues.FirstAsync(d => d.Id == id, HttpContext.RequestAborted);
        db.Entry(tracked).Property(d => d.Version).OriginalValue = Version;
        if (DialogueWorkflow.Apply(step, tracked, db.Scope.Role, db.Scope.UserId!, Now, Reason) is { } refusal)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(step == DialogueStep.Cancel ? nameof(Reason) : string.Empty, refusal);
            return Page();
        }

        await DialogueActivities.SyncAsync(db, tracked, db.Scope.UserId!, PortalPath, Now, HttpContext.RequestAborted);
        if (step == DialogueStep.MarkHeld || step == DialogueStep.Reopen)
        {
            var coordinators = await Recipients.CommuneStaffAsync(
                db, tracked.CommuneId!.Value, [Domain.Accounts.UserRole.Coordinator], HttpContext.RequestAborted);
            await Notifier.NotifyAsync(db, coordinators,
                "Cần ghi biên bản", $"{tracked.Kind.Label()} “{tracked.Subject}”: hãy ghi biên bản để lãnh đạo duyệt.", $"/dialogues/minutes/{id}",
                $"dialogue-minutes:{id}:{tracked.Version}", Now, save: false, cancellationToken: HttpContext.RequestAborted);
        }

        try
        {
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, Conflicts.Message("Cuộc đối thoại, hội nghị này"));
            return Page();
        }

        await audit.WriteAsync(step.ToString().ToLowerInvariant(), succeeded: true, nameof(Dialogue), id.ToString(CultureInfo.InvariantCulture), null);
        TempData["Flash"] = flash;
        return Redirect($"/dialogues/details/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        Now = time.GetUtcNow().UtcDateTime;
        var found = await DialogueQueries.FindAsync(db, id, tracked: false, HttpContext.RequestAborted);
        if (found is null || !DialogueAccess.MaySee(db.Scope.Role))
        {
            return await this.NotFoundAuditedAsync<Dialogue>(db, id);
        }

        Item = found;
        Version = found.Version;
        var task = found.TaskId is { } taskId
            ? await db.Tasks.AsNoTracking().Where(t => t.Id == taskId).Select(t => new { t.Name, t.Label, t.PlanId })
                .FirstOrDefaultAsync(HttpContext.RequestAborted)
            : null;
        TaskName = task is null ? null : $"{(task.Label is { Length: > 0 } l ? l + ". " : "")}{task.Name}";
        PlanId = task?.PlanId;
        PortalPath = await DialogueQueries.PortalPathAsync(db, found.CommuneId, HttpContext.RequestAborted);
        return null;
    }
}
