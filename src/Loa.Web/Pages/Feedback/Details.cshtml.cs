using System.Globalization;
using Loa.Data;
using Loa.Domain;
using Loa.Domain.Accounts;
using Loa.Feedbacks;
using Loa.Notifications;
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
public sealed class DetailsModel(LoaDbContext db, TimeProvider time, AuditLog audit, UploadStore storage, UploadPolicies policies) : PageModel
{
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

        return PhysicalFile(storage.PathOf(policies.FeedbackAttachment, attachment.CommuneId ?? 0, attachment.StoredName), attachment.ContentType, attachment.FileName);
    }

    public Task<IActionResult> OnPostAssignAsync(int id) => StepAsync(id, FeedbackStep.Assign, async (f, now) =>
    {
        var unit = Input.UnitId is { } unitId ? await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId && u.CommuneId == f.CommuneId && !u.IsArchived) : null;
        if (unit is null)
        {
            ModelState.AddModelError("Input.UnitId", "Hãy chọn một đơn vị của xã, phường để giao xử lý.");
            return null;
        }

        (f.Status, f.AssignedUnitId, f.AssignedAt, f.AssignedById) = (FeedbackStatus.Assigned, unit.Id, now, db.Scope.UserId);
        await NotifyAsync(await Recipients.UnitOfficersAsync(db, unit.Id), $"Đơn vị được giao xử lý phản ánh số {f.Number}",
            $"{f.Subject}. Hạn xử lý {DocumentDate.Numeric(f.DueOn)}.", f, $"assign:{unit.Id}:{now.Ticks}", now);
        return ("feedback-assign", unit.Name, $"Đã giao {unit.Name} xử lý.");
    });

    public Task<IActionResult> OnPostCategoryAsync(int id) => StepAsync(id, FeedbackStep.Recategorise, (f, now) =>
    {
        if (Input.Category is not { } category || !Enum.IsDefined(category))
        {
            ModelState.AddModelError("Input.Category", "Hãy chọn lĩnh vực trong danh sách.");
            return Task.FromResult<(string, string?, string)?>(null);
        }

        if (category == f.Category)
        {
            ModelState.AddModelError("Input.Category", $"Phản ánh đã thuộc lĩnh vực “{category.Label()}”.");
            return Task.FromResult<(string, string?, string)?>(null);
        }

        var detail = $"{f.Category.Label()} → {category.Label()}";
        f.Category = category;
        return Task.FromResult<(string, string?, string)?>(("feedback-category", detail, $"Đã sửa lĩnh vực thành “{category.Label()}”."));
    });

    public Task<IActionResult> OnPostAnswerAsync(int id) => StepAsync(id, FeedbackStep.Answer, async (f, now) =>
    {
        if (string.IsNullOrWhiteSpace(Input.Answer))
        {
            ModelState.AddModelError("Input.Answer", "Hãy viết nội dung trả lời.");
            return null;
        }

        if (Input.Answer.Trim().Length > 8000)
        {
            ModelState.AddModelError("Input.Answer", "Nội dung trả lời dài quá 8.000 ký tự.");
            return null;
        }

        (f.Status, f.Answer, f.AnsweredAt, f.AnsweredById, f.ReturnComment) = (FeedbackStatus.Answered, Input.Answer.Trim(), now, db.Scope.UserId, null);
        await NotifyAsync(await Recipients.CommuneStaffAsync(db, f.CommuneId!.Value, [UserRole.Coordinator, UserRole.Leader]), $"Trả lời phản ánh số {f.Number} chờ duyệt",
            $"{UnitName ?? "Đơn vị"} đã trả lời: {f.Subject}.", f, $"answer:{now.Ticks}", now);
        return ("feedback-answer", null, "Đã gửi dự thảo trả lời để lãnh đạo, cán bộ đầu mối duyệt.");
    });

    public Task<IActionResult> OnPostReturnAsync(int id) => StepAsync(id, FeedbackStep.Return, async (f, now) =>
    {
        if (string.IsNullOrWhiteSpace(Input.ReturnComment) || Input.ReturnComment.Trim().Length > 1000)
        {
            ModelState.AddModelError("Input.ReturnComment", "Hãy ghi lý do trả lại (tối đa 1.000 ký tự) để đơn vị biết cần sửa gì.");
            return null;
        }

        (f.Status, f.ReturnComment) = (FeedbackStatus.Assigned, Input.ReturnComment.Trim());
        if (f.AssignedUnitId is { } unit)
        {
            await NotifyAsync(await Recipients.UnitOfficersAsync(db, unit), $"Trả lời phản ánh số {f.Number} bị trả lại", f.ReturnComment, f, $"return:{now.Ticks}", now);
        }

        return ("feedback-return", null, "Đã trả lại dự thảo trả lời cho đơn vị.");
    });

    public Task<IActionResult> OnPostApproveAsync(int id) => StepAsync(id, FeedbackStep.Approve, async (f, now) =>
    {
        (f.Status, f.ApprovedAt, f.ApprovedById) = (FeedbackStatus.Approved, now, db.Scope.UserId);
        var people = await Recipients.CommuneStaffAsync(db, f.CommuneId!.Value, [UserRole.Coordinator]);
        if (f.AssignedUnitId is { } unit)
        {
            people.AddRange(await Recipients.UnitOfficersAsync(db, unit));
        }

        await NotifyAsync(people, $"Trả lời phản ánh số {f.Number} đã được duyệt", "Người gửi đã xem được câu trả lời bằng mã tra cứu. Hãy công khai câu trả lời trên cổng nếu phù hợp.", f, "approve", now);
        return ("feedback-approve", null, "Đã duyệt câu trả lời. Người gửi xem được câu trả lời bằng mã tra cứu.");
    });

    public Task<IActionResult> OnPostPublishAsync(int id) => StepAsync(id, FeedbackStep.Publish, async (f, now) =>
    {
        var subject = Input.PublicSubject?.Trim();
        var question = Input.PublicQuestion?.Trim();
        if (string.IsNullOrEmpty(subject) || subject.Length > 200)
        {
            ModelState.AddModelError("Input.PublicSubject", "Hãy ghi tiêu đề công khai (tối đa 200 ký tự).");
        }

        if (string.IsNullOrEmpty(question) || question.Length > 5000)
        {
            ModelState.AddModelError("Input.PublicQuestion", "Hãy ghi nội dung công khai của phản ánh (tối đa 5.000 ký tự).");
        }

        foreach (var leak in PersonalDetails.Find(f, $"{subject}\n{question}"))
        {
            ModelState.AddModelError("Input.PublicQuestion", $"Bản công khai còn chứa {leak} của người gửi. Hãy xóa trước khi công khai.");
        }

        if (!ModelState.IsValid)
        {
            return null;
        }

        (f.Status, f.PublicSubject, f.PublicQuestion, f.PublishedAt, f.ClosedAt) = (FeedbackStatus.Published, subject, question, now, now);
        await NotifyAsync(await Recipients.CommuneStaffAsync(db, f.CommuneId!.Value, [UserRole.Coordinator, UserRole.Leader]), $"Đã công khai trả lời phản ánh số {f.Number}", subject!, f, "publish", now);
        return ("feedback-publish", null, "Đã công khai câu trả lời trên cổng thông tin.");
    });

    public Task<IActionResult> OnPostUnpublishAsync(int id) => StepAsync(id, FeedbackStep.Unpublish, async (f, now) =>
    {
        (f.Status, f.PublishedAt, f.ClosedAt) = (FeedbackStatus.Approved, null, null);
        await NotifyAsync(await Recipients.CommuneStaffAsync(db, f.CommuneId!.Value, [UserRole.Coordinator, UserRole.Leader]), $"Đã gỡ trả lời phản ánh số {f.Number} khỏi cổng", f.PublicSubject ?? f.Subject, f, $"unpublish:{now.Ticks}", now);
        return ("feedback-unpublish", null, "Đã gỡ câu trả lời khỏi cổng thông tin.");
    });

    public Task<IActionResult> OnPostRejectAsync(int id) => StepAsync(id, FeedbackStep.Reject, async (f, now) =>
    {
        if (Input.RejectionKind is not { } kind || !Enum.IsDefined(kind))
        {
            ModelState.AddModelError("Input.RejectionKind", "Hãy chọn lý do: khiếu nại, tố cáo hay không phải phản ánh, kiến nghị.");
            return null;
        }

        if (Input.RejectionReason is { Length: > 1000 })
        {
            ModelState.AddModelError("Input.RejectionReason", "Lời giải thích dài quá 1.000 ký tự.");
            return null;
        }

        (f.Status, f.RejectionKind, f.RejectionReason, f.ClosedAt) = (FeedbackStatus.Rejected, kind, string.IsNullOrWhiteSpace(Input.RejectionReason) ? null : Input.RejectionReason.Trim(), now);
        var people = await Recipients.CommuneStaffAsync(db, f.CommuneId!.Value, [UserRole.Coordinator, UserRole.Leader]);
        if (f.AssignedUnitId is { } unit)
        {
            people.AddRange(await Recipients.UnitOfficersAsync(db, unit));
        }

        await NotifyAsync(people, $"Phản ánh số {f.Number} không xử lý là phản ánh, kiến nghị", kind.Label(), f, "reject", now);
        return ("feedback-reject", kind.ToString(), "Đã đóng: người gửi được hướng dẫn thủ tục phù hợp khi tra cứu bằng mã.");
    });

    /// <summary>Loads the feedback, checks the step, applies it (null when the input was refused), saves, audits and redirects.</summary>
    private async Task<IActionResult> StepAsync(int id, FeedbackStep step, Func<FeedbackItem, DateTime, Task<(string Action, string? Detail, string Flash)?>> apply)
    {
        if (await LoadAsync(id) is { } missing)
        {
            return missing;
        }

        if (!May(step))
        {
            var roleMayEver = step switch
            {
                FeedbackStep.Assign => db.Scope.Role == UserRole.Coordinator,
                FeedbackStep.Answer => db.Scope.Role is UserRole.Coordinator or UserRole.UnitOfficer,
                _ => db.Scope.Role is UserRole.Coordinator or UserRole.Leader,
            };
            if (!roleMayEver)
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
        if (done is not { } result)
        {
            db.ChangeTracker.Clear();
            return Page();
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, Conflicts.Message("Phản ánh này"));
            return Page();
        }

        await audit.WriteAsync(result.Action, succeeded: true, typeof(FeedbackItem).Name, id.ToString(CultureInfo.InvariantCulture), result.Detail);
        TempData["Flash"] = result.Flash;
        return Redirect($"/feedback/details/{id}");
    }

    private async Task NotifyAsync(List<(string, int?, int?)> people, string title, string body, FeedbackItem f, string key, DateTime now)
    {
        var others = people.Where(p => p.Item1 != db.Scope.UserId).ToList();
        await Notifier.NotifyAsync(db, others, title, body, $"/feedback/details/{f.Id}", $"feedback:{f.Id}:{key}", now, save: false);
    }

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

/// <summary>The fields of the workflow forms on the detail page.</summary>
public sealed class WorkflowInput
{
    public int Version { get; set; }

    public int? UnitId { get; set; }

    public FeedbackCategory? Category { get; set; }

    public string? Answer { get; set; }

    public string? ReturnComment { get; set; }

    public string? PublicSubject { get; set; }

    public string? PublicQuestion { get; set; }

    public RejectionKind? RejectionKind { get; set; }

    public string? RejectionReason { get; set; }
}

/// <summary>Finds the sender's own details left in a text meant for the public: their name, phone number, e-mail or address.</summary>
public static class PersonalDetails
{
    public static IEnumerable<string> Find(FeedbackItem feedback, string text)
    {
        var folded = VietnameseText.FoldWords(text);
        if (feedback.Name is { Length: > 0 } name && VietnameseText.FoldWords(name) is { Length: >= 5 } n && folded.Contains(n, StringComparison.Ordinal))
        {
            yield return "họ tên";
        }

        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        if (feedback.Phone is { Length: > 0 } phone && new string(phone.Where(char.IsAsciiDigit).ToArray()) is { Length: >= 9 } p && (digits.Contains(p, StringComparison.Ordinal) || (p.Length > 9 && digits.Contains(p[^9..], StringComparison.Ordinal))))
        {
            yield return "số điện thoại";
        }

        if (feedback.Email is { Length: > 0 } email && text.Contains(email, StringComparison.OrdinalIgnoreCase))
        {
            yield return "thư điện tử";
        }

        if (feedback.Address is { Length: > 0 } address && VietnameseText.FoldWords(address) is { Length: >= 10 } a && folded.Contains(a, StringComparison.Ordinal))
        {
            yield return "địa chỉ";
        }
    }
}
