using System.Globalization;
using Loa.Data;
using Loa.Dialogues;
using Loa.Feedbacks;
using Loa.Notifications;
using Loa.Text;
using Loa.Web.Infrastructure;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Notifications;
using Loa.Web.Infrastructure.Portal;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Loa.Web.Pages.Dialogues;

/// <summary>
/// The questions sent before a dialogue: the coordinator groups them by topic (a question in at most one group), says who
/// answers each topic (a unit or a person) and writes the answers; a question that needs follow-up becomes feedback with a
/// tracking code. The askers' details are shown to the coordinator and the leader only, and the page is never cached.
/// </summary>
[Authorize(Policy = Policies.CommuneStaff)]
[NoStore]
public sealed class QuestionsModel(
    LoaDbContext db, TimeProvider time, AuditLog audit, IOptions<FeedbackOptions> feedbackOptions, IOptions<EmailOptions> email,
    PortalAddress address, MailSignal mailSignal) : PageModel
{
    /// <summary>The questions ticked for grouping.</summary>
    [BindProperty]
    public List<int> Selected { get; set; } = [];

    /// <summary>The group to put them in; 0 takes them out of any group.</summary>
    [BindProperty]
    public int? TargetGroupId { get; set; }

    [BindProperty]
    public string? NewTitle { get; set; }

    [BindProperty]
    public GroupInput Group { get; set; } = new();

    [BindProperty]
    public int QuestionId { get; set; }

    public Dialogue Item { get; private set; } = null!;

    public IReadOnlyList<(int Id, string Name)> Units { get; private set; } = [];

    public DateTime Now { get; private set; }

    public bool MaySeePersonalDetails => DialogueAccess.MaySeePersonalDetails(db.Scope.Role);

    public bool May(DialogueStep step) => DialogueWorkflow.May(step, db.Scope.Role, Item, Now);

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ?? Page();

    public async Task<IActionResult> OnPostGroupAsync(int id)
    {
        if (await CheckAsync(id, DialogueStep.Questions) is { } answer)
        {
            return answer;
        }

        if (Selected.Count == 0)
        {
            ModelState.AddModelError(nameof(Selected), "Hãy đánh dấu các câu hỏi cần xếp nhóm.");
            return Page();
        }

        DialogueQuestionGroup? group = null;
        if (!string.IsNullOrWhiteSpace(NewTitle))
        {
            if (NewTitle.Trim().Length > DialogueQuestionGroup.TitleMax)
            {
                ModelState.AddModelError(nameof(NewTitle), $"Tên chủ đề dài quá {DialogueQuestionGroup.TitleMax} ký tự.");
                return Page();
            }

            group = new DialogueQuestionGroup
            {
                ProvinceId = Item.ProvinceId,
                CommuneId = Item.CommuneId,
                DialogueId = Item.Id,
                Title = NewTitle.Trim(),
                Order = Item.Groups.Count == 0 ? 1 : Item.Groups.Max(g => g.Order) + 1,
            };
            db.DialogueQuestionGroups.Add(group);
        }
        else if (TargetGroupId is not 0 && Item.Groups.All(g => g.Id != TargetGroupId))
        {
            ModelState.AddModelError(nameof(TargetGroupId), "Hãy chọn một chủ đề có sẵn hoặc ghi tên chủ đề mới.");
            return Page();
        }

        if (group is not null)
        {
            // the new topic first, then the questions into it
            await db.SaveChangesAsync(HttpContext.RequestAborted);
            TargetGroupId = group.Id;
        }

        var questions = await db.DialogueQuestions.Where(q => q.DialogueId == id && Selected.Contains(q.Id)).ToListAsync(HttpContext.RequestAborted);
        foreach (var question in questions)
        {
            question.GroupId = TargetGroupId == 0 ? null : TargetGroupId;
        }

        await db.SaveChangesAsync(HttpContext.RequestAborted);
        TempData["Flash"] = $"Đã xếp {questions.Count} câu hỏi.";
        return Redirect($"/dialogues/questions/{id}");
    }

    public async Task<IActionResult> OnPostSaveGroupAsync(int id)
    {
        if (await CheckAsync(id, DialogueStep.Questions) is { } answer)
        {
            return answer;
        }

        var group = await db.DialogueQuestionGroups.FirstOrDefaultAsync(g => g.Id == Group.GroupId && g.DialogueId == id, HttpContext.RequestAborted);
        if (group is null)
        {
            return NotFound();
        }

        foreach (var (field, message) in Group.Problems([.. Units.Select(u => u.Id)]))
        {
            ModelState.AddModelError($"Group.{field}", message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var answerChanged = group.Answer != Group.CleanAnswer;
        group.Title = Group.Title!.Trim();
        group.AnswerUnitId = Group.AnswerUnitId;
        group.AnswerPerson = string.IsNullOrWhiteSpace(Group.AnswerPerson) ? null : Group.AnswerPerson.Trim();
        group.Answer = Group.CleanAnswer;
        if (answerChanged)
        {
            group.AnsweredAt = group.Answer is null ? null : Now;
        }

        await db.SaveChangesAsync(HttpContext.RequestAborted);
        TempData["Flash"] = $"Đã lưu chủ đề “{group.Title}”.";
        return Redirect($"/dialogues/questions/{id}#group-{group.Id}");
    }

    public async Task<IActionResult> OnPostFollowUpAsync(int id)
    {
        if (await CheckAsync(id, DialogueStep.FollowUp) is { } answer)
        {
            return answer;
        }

        var question = await db.DialogueQuestions.FirstOrDefaultAsync(q => q.Id == QuestionId && q.DialogueId == id, HttpContext.RequestAborted);
        if (question is null)
        {
            return NotFound();
        }

        if (QuestionFollowUp.Refusal(question) is { } refusal)
        {
            ModelState.AddModelError(string.Empty, refusal);
            return Page();
        }

        var to = question.Email;
        var (feedback, code) = QuestionFollowUp.Create(Item, question, Domain.VietnamTime.Today(time), feedbackOptions.Value.ProcessingWorkingDays, Now);
        db.Feedback.Add(feedback);
        var portal = await DialogueQueries.PortalPathAsync(db, Item.CommuneId, HttpContext.RequestAborted);
        var mailed = to is not null && MailOutbox.Enqueue(db, email.Value, to, "Mã tra cứu câu hỏi cần theo dõi", $"""
            Câu hỏi của bạn gửi {Item.Kind.Label().ToLowerInvariant()} “{Item.Subject}” cần được xem xét thêm
            và đã được chuyển thành phản ánh, kiến nghị để theo dõi.

            Mã tra cứu: {code}
            Hạn xử lý dự kiến: {DocumentDate.Numeric(feedback.DueOn)}

            Để xem kết quả xử lý, hãy vào {address.Of(Request, $"{portal}/feedback/lookup")} và nhập mã tra cứu. Xin giữ kín mã này.

            Thư này được gửi tự động, xin không trả lời.
            """, Now);
        await FeedbackNumbering.SaveNewAsync(db, feedback, HttpContext.RequestAborted);
        if (mailed)
        {
            mailSignal.Ring();
        }

        await audit.WriteAsync("follow-up", succeeded: true, nameof(DialogueQuestion), question.Id.ToString(CultureInfo.InvariantCulture), $"feedback {feedback.Id}");
        TempData["Flash"] = $"Đã chuyển câu hỏi số {question.Number} thành phản ánh số {feedback.Number}. Mã tra cứu (chỉ hiện một lần, hãy báo cho người hỏi): {code}"
            + (mailed ? " — mã cũng đã được gửi đến thư điện tử của người hỏi." : "");
        return Redirect($"/dialogues/questions/{id}");
    }

    private async Task<IActionResult?> CheckAsync(int id, DialogueStep step)
    {
        if (await LoadAsync(id) is { } missing)
        {
            return missing;
        }

        if (!May(step))
        {
            if (!DialogueWorkflow.MayEver(step, db.Scope.Role))
            {
                return await this.DenyAsync($"dialogue {step}");
            }

            ModelState.AddModelError(string.Empty, DialogueWorkflow.Refusal(step, Item, Now));
            return Page();
        }

        return null;
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
        Units = (await db.Units.AsNoTracking().Where(u => u.CommuneId == found.CommuneId && !u.IsArchived).Select(u => new { u.Id, u.Name }).ToListAsync())
            .OrderBy(u => u.Name, VietnameseOrder.Instance).Select(u => (u.Id, u.Name)).ToList();
        return null;
    }
}

/// <summary>One topic's title, who answers (a unit of the commune and/or a person) and the answer.</summary>
public sealed class GroupInput
{
    public int GroupId { get; set; }

    public string? Title { get; set; }

    public int? AnswerUnitId { get; set; }

    public string? AnswerPerson { get; set; }

    public string? Answer { get; set; }

    public string? CleanAnswer => string.IsNullOrWhiteSpace(Answer) ? null : Answer.Trim();

    public List<(string Field, string Message)> Problems(IReadOnlyCollection<int> units)
    {
        var problems = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(Title))
        {
            problems.Add((nameof(Title), "Hãy ghi tên chủ đề."));
        }
        else if (Title.Trim().Length > DialogueQuestionGroup.TitleMax)
        {
            problems.Add((nameof(Title), $"Tên chủ đề dài quá {DialogueQuestionGroup.TitleMax} ký tự."));
        }

        if (AnswerUnitId is { } unit && !units.Contains(unit))
        {
            problems.Add((nameof(AnswerUnitId), "Hãy chọn một đơn vị của xã, phường."));
        }

        if (AnswerPerson is { Length: > Dialogue.NameMax })
        {
            problems.Add((nameof(AnswerPerson), $"Tên người trả lời dài quá {Dialogue.NameMax} ký tự."));
        }

        if (Answer is { } answer && answer.Trim().Length > DialogueQuestionGroup.AnswerMax)
        {
            problems.Add((nameof(Answer), $"Câu trả lời dài quá {DialogueQuestionGroup.AnswerMax} ký tự."));
        }

        return problems;
    }
}
