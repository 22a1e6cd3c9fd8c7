using System.Globalization;
using Loa.Data;
using Loa.Domain;
using Loa.Feedbacks;
using Loa.Text;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Portal;
using Loa.Web.Infrastructure.Security;
using Loa.Web.Infrastructure.Uploads;
using Loa.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using FeedbackItem = Loa.Feedbacks.Feedback;

namespace Loa.Web.Pages.Feedback;

/// <summary>
/// One feedback with the sender's details (staff only, never cached) and its workflow: the coordinator assigns it to
/// a unit, the unit answers, the coordinator or leader returns or approves the answer, then publishes it with a
/// public version of the question, or closes it as a complaint or denunciation with the pointer to their procedure.
/// Every step is audited and notified.
/// </summary>
[Authorize(Policy = Policies.CommuneStaff)]
[NoStore]
public sealed class DetailsModel(
    LoaDbContext db,
    TimeProvider time,
    AuditLog audit,
    UploadStore storage,
    UploadPolicies policies,
    Loa.Web.Infrastructure.Notifications.CitizenAnswerNotice citizen,
    Loa.Web.Infrastructure.Notifications.MailSignal outbox) : PageModel
{
    private readonly FeedbackNotices notices = new(db);

    [BindProperty]
    public WorkflowInput Input { get; set; } = new();

    public FeedbackItem Item { get; private set; } = null!;

    public string? UnitName { get; private set; }

    public IReadOnlyList<(int Id, string Name)> Units { get; private set; } = [];

    public Dictionary<string, string> People { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public bool May(FeedbackStep step) => FeedbackWorkflow.May(step, db.Scope.Role, db.Scope.UnitId, Item);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } missing)
        {
            return missing;
        }

        Input = new WorkflowInput
        {
            Version = Item.Version,
            UnitId = Item.AssignedUnitId,
            Category = Item.Category,
            Answer = Item.Answer,
            PublicSubject = Item.PublicSubject ?? Item.Subject,
            PublicQuestion = Item.PublicQuestion ?? Item.Content,
        };
        return Page();
    }

    public async Task<IActionResult> OnGetAttachmentAsync(int id, int file)
    {
        if (await LoadAsync(id) is { } missing)
        {
            return missing;
        }

        var attachment = Item.Attachments.FirstOrDefault(a => a.Id == file);
        if (attachment is null || !System.IO.File.Exists(storage.PathOf(policies.FeedbackAttachment, attachment.CommuneId ?? 0, attachment.StoredName)))
        {
            return NotFound();
        }

        return PhysicalFile(
            storage.PathOf(policies.FeedbackAttachment, attachment.CommuneId ?? 0, attachment.StoredName), attachment.ContentType, attachment.FileName);
    }

    public Task<IActionResult> OnPostAssignAsync(int id) => StepAsync(id, FeedbackStep.Assign, async (f, now) =>
    {
        var unit = Input.UnitId is { } unitId ? await db.Units.AsNoTracking().FirstOrDefaultAsync(
            u => u.Id == unitId && u.CommuneId == f.CommuneId && !u.IsArchived) : null;
        if (Refused(FeedbackWorkflow.Assign(f, unit?.Id, db.Scope.UserId, now)))
        {
            return null;
        }

        await notices.AssignedAsync(f, unit!.Id, now);
        return new Done(unit.Name, $"Đã giao {unit.Name} xử lý.");
    });

    public Task<IActionResult> OnPostCategoryAsync(int id) => StepAsync(id, FeedbackStep.Recategorise, (f, _) =>
    {
        var before = f.Category;
        return Task.FromResult(Refused(FeedbackWorkflow.Recategorise(f, Input.Category))
            ? null
            : new Done($"{before.Label()} → {f.Category.Label()}", $"Đã sửa lĩnh vực thành “{f.Category.Label()}”."));
    });

    public Task<IActionResult> OnPostAnswerAsync(int id) => StepAsync(id, FeedbackStep.Answer, async (f, now) =>
    {
        if (Refused(FeedbackWorkflow.Answer(f, Input.Answer, db.Scope.UserId, now)))
        {
            return null;
        }

        await notices.AnsweredAsync(f, UnitName, now);
        return new Done(null, "Đã gửi dự thảo trả lời để lãnh đạo, cán bộ đầu mối duyệt.");
    });

    public Task<IActionResult> OnPostReturnAsync(int id) => StepAsync(id, FeedbackStep.Return, async (f, now) =>
    {
        if (Refused(FeedbackWorkflow.Return(f, Input.ReturnComment)))
        {
            return null;
        }

        await notices.ReturnedAsync(f, now);
        return new Done(null, "Đã trả lại dự thảo trả lời cho đơn vị.");
    });

    public Task<IActionResult> OnPostApproveAsync(int id) => StepAsync(id, FeedbackStep.Approve, async (f, now) =>
    {
        FeedbackWorkflow.Approve(f, db.Scope.UserId, now);
        await notices.ApprovedAsync(f, now);
        var told = await citizen.QueueAsync(f, Request, now);
        return new Done(told?.ToString(), "Đã duyệt câu trả lời. Người gửi xem được câu trả lời bằng mã tra cứu." + Loa.Web.Infrastructure.Notifications.CitizenAnswerNotice.Flash(told));
    });

    public Task<IActionResult> OnPostPublishAsync(int id) => StepAsync(id, FeedbackStep.Publish, async (f, now) =>
    {
        if (Refused(FeedbackWorkflow.Publish(f, Input.PublicSubject, Input.PublicQuestion, now)) || !ModelState.IsValid)
        {
            return null;
        }

        await notices.PublishedAsync(f, now);
        return new Done(null, "Đã công khai câu trả lời trên cổng thông tin.");
    });

    public Task<IActionResult> OnPostUnpublishAsync(int id) => StepAsync(id, FeedbackStep.Unpublish, async (f, now) =>
    {
        FeedbackWorkflow.Unpublish(f);
        await notices.UnpublishedAsync(f, now);
        return new Done(null, "Đã gỡ câu trả lời khỏi cổng thông tin.");
    });

    public Task<IActionResult> OnPostRejectAsync(int id) => StepAsync(id, FeedbackStep.Reject, async (f, now) =>
    {
        if (Refused(FeedbackWorkflow.Reject(f, Input.RejectionKind, Input.RejectionReason, now)))
        {
            return null;
        }

        await notices.RejectedAsync(f, now);
        return new Done(f.RejectionKind!.Value.ToString(), "Đã đóng: người gửi được hướng dẫn thủ tục phù hợp khi tra cứu bằng mã.");
    });

    /// <summary>Loads the feedback, checks the step, applies it (null when the input was refused), saves, audits and redirects.</summary>
    private async Task<IActionResult> StepAsync(int id, FeedbackStep step, Func<FeedbackItem, DateTime, Task<Done?>> apply)
    {
        if (await LoadAsync(id) is { } missing)
        {
            return missing;
        }

        if (!May(step))
        {
            if (!FeedbackWorkflow.MayEver(step, db.Scope.Role))
            {
                return await this.DenyAsync($"feedback {step}");
            }

            ModelState.AddModelError(string.Empty, $"Phản ánh này đang ở trạng thái \"{Item.Status.Label()}\": bước này không còn thực hiện được. Hãy tải lại trang.");
            return Page();
        }

        var tracked = await db.Feedback.FirstAsync(f => f.Id == id);
        db.Entry(tracked).Property(f => f.Version).OriginalValue = Input.Version;
        var now = time.GetUtcNow().UtcDateTime;
        var done = await apply(tracked, now);
        if (done is null)
        {
            db.ChangeTracker.Clear();
            return Page();
        }

        try
        {
            await db.SaveChangesAsync();
            outbox.Ring();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, Conflicts.Message("Phản ánh này"));
            return Page();
        }

        await audit.WriteAsync(step.Action(), succeeded: true, typeof(FeedbackItem).Name, id.ToString(CultureInfo.InvariantCulture), done.Detail);
        TempData["Flash"] = done.Flash;
        return Redirect($"/feedback/details/{id}");
    }

    /// <summary>Shows the step's refusals beside their fields; true when there was any.</summary>
    private bool Refused(IReadOnlyList<FeedbackRefusal> refusals)
    {
        foreach (var refusal in refusals)
        {
            ModelState.AddModelError($"Input.{refusal.Field}", refusal.Message);
        }

        return refusals.Count > 0;
    }

    /// <summary>A step taken: the detail for the audit log, the message for the next page.</summary>
    private sealed record Done(string? Detail, string Flash);

    /// <summary>Null once the feedback is loaded and the user may see it; otherwise the 404 to answer (logged when it is someone else's).</summary>
    private async Task<IActionResult?> LoadAsync(int id)
    {
        Today = VietnamTime.Today(time);
        var found = await db.Feedback.AsNoTracking().Include(f => f.Attachments).FirstOrDefaultAsync(f => f.Id == id && f.CommuneId == db.Scope.CommuneId);
        if (found is null || !FeedbackWorkflow.MaySee(db.Scope.Role, db.Scope.UnitId, found))
        {
            return await this.NotFoundAuditedAsync<FeedbackItem>(db, id);
        }

        Item = found;
        UnitName = found.AssignedUnitId is { } unit ? await db.Units.AsNoTracking().Where(u => u.Id == unit).Select(u => u.Name).FirstOrDefaultAsync() : null;
        Units = (await db.Units.AsNoTracking().Where(u => u.CommuneId == found.CommuneId && !u.IsArchived).Select(u => new { u.Id, u.Name }).ToListAsync())
            .OrderBy(u => u.Name, VietnameseOrder.Instance)
            .Select(u => (u.Id, u.Name)).ToList();
        var ids = new[] { found.AssignedById, found.AnsweredById, found.ApprovedById }.OfType<string>().Distinct().ToList();
        People = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName);
        return null;
    }
}
