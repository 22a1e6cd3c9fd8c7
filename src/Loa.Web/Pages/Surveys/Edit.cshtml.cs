using Loa.Data;
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
/// Edits a survey: its settings at any time; its sections and questions while it is a draft (once published, the
/// questions stay as people answered them). Every form works without JavaScript.
/// </summary>
[Authorize(Policy = Policies.UnitManager)]
public sealed class EditModel(LoaDbContext db, TimeProvider time) : PageModel
{
    public Survey Survey { get; private set; } = null!;

    public SettingsForm Settings { get; private set; } = new();

    public bool HasResponses { get; private set; }

    public bool CanEditQuestions => Survey.Status == SurveyStatus.Draft;

    /// <summary>A question form sent back with problems, to show again as typed (its id, or 0 for a new one in its section).</summary>
    public QuestionForm? Failed { get; private set; }

    public SectionForm? FailedSection { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id, tracked: false) is { } missing)
        {
            return missing;
        }

        Settings = SettingsForm.From(Survey);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, SettingsForm settings)
    {
        if (await LoadAsync(id, tracked: true) is { } missing)
        {
            return missing;
        }

        Settings = settings;
        foreach (var problem in settings.Problems(Survey, HasResponses))
        {
            ModelState.AddModelError(string.Empty, problem);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(Survey).Property(s => s.Version).OriginalValue = settings.Version;
        settings.ApplyTo(Survey);
        Survey.UpdatedAt = time.GetUtcNow().UtcDateTime;
        return await SaveAsync("Đã lưu thông tin chung.", "");
    }

    public async Task<IActionResult> OnPostAddSectionAsync(int id, SectionForm section) => await ChangeQuestionsAsync(id, () =>
    {
        var problems = section.Problems().ToList();
        if (problems.Count > 0)
        {
            FailedSection = section;
            return problems;
        }

        Survey.Sections.Add(new SurveySection
        {
            Title = section.Title!.Trim(),
            Description = Clean(section.Description),
            Order = Survey.Sections.Count == 0 ? 0 : Survey.Sections.Max(s => s.Order) + 1,
        });
        return [];
    }, "Đã thêm phần mới.");

    public async Task<IActionResult> OnPostSaveSectionAsync(int id, SectionForm section) => await ChangeQuestionsAsync(id, () =>
    {
        if (Survey.Sections.FirstOrDefault(s => s.Id == section.Id) is not { } target)
        {
            return ["Phần này không còn trong khảo sát. Hãy tải lại trang."];
        }

        var problems = section.Problems().ToList();
        if (problems.Count > 0)
        {
            FailedSection = section;
            return problems;
        }

        target.Title = section.Title!.Trim();
        target.Description = Clean(section.Description);
        return [];
    }, "Đã lưu phần.", section.Id is { } s ? $"#section-{s}" : "");

    public async Task<IActionResult> OnPostDeleteSectionAsync(int id, int sectionId, bool confirm) => await ChangeQuestionsAsync(id, () =>
    {
        if (Survey.Sections.FirstOrDefault(s => s.Id == sectionId) is not { } target)
        {
            return ["Phần này không còn trong khảo sát. Hãy tải lại trang."];
        }

        if (Survey.Sections.Count == 1)
        {
            return ["Khảo sát cần ít nhất một phần: hãy sửa phần này thay vì xóa."];
        }

        if (target.Questions.Count > 0 && !confirm)
        {
            return ["Chưa xóa: phần này còn câu hỏi. Hãy đánh dấu ô xác nhận xóa cả các câu hỏi của phần."];
        }

        foreach (var question in target.Questions)
        {
            Survey.Questions.Remove(question);
            db.SurveyQuestions.Remove(question);
        }

        Survey.Sections.Remove(target);
        db.SurveySections.Remove(target);
        return [];
    }, "Đã xóa phần.");

    public async Task<IActionResult> OnPostSaveQuestionAsync(int id, QuestionForm question) => await ChangeQuestionsAsync(id, () =>
    {
        var section = Survey.Sections.FirstOrDefault(s => s.Id == question.SectionId);
        var target = question.Id is { } qid ? Survey.Questions.FirstOrDefault(q => q.Id == qid) : null;
        if (section is null || (question.Id is not null && target is null))
        {
            return ["Câu hỏi hoặc phần này không còn trong khảo sát. Hãy tải lại trang."];
        }

        var problems = question.Problems(Survey.IsContest).ToList();
        if (problems.Count > 0)
        {
            Failed = question;
            return problems;
        }

        if (target is null)
        {
            target = new SurveyQuestion { Order = section.Questions.Count == 0 ? 0 : section.Questions.Max(q => q.Order) + 1 };
            section.Questions.Add(target);
            Survey.Questions.Add(target);
        }
        else if (target.SectionId != section.Id)
        {
            target.SectionId = section.Id;
            target.Order = section.Questions.Count == 0 ? 0 : section.Questions.Max(q => q.Order) + 1;
        }

        question.ApplyTo(target, Survey.IsContest);
        return [];
    }, question.Id is null ? "Đã thêm câu hỏi." : "Đã lưu câu hỏi.", question.Id is { } q ? $"#q-{q}" : $"#section-{question.SectionId}");

    public async Task<IActionResult> OnPostDeleteQuestionAsync(int id, int questionId) => await ChangeQuestionsAsync(id, () =>
    {
        if (Survey.Questions.FirstOrDefault(q => q.Id == questionId) is not { } target)
        {
            return ["Câu hỏi này không còn trong khảo sát. Hãy tải lại trang."];
        }

        Survey.Questions.Remove(target);
        db.SurveyQuestions.Remove(target);
        return [];
    }, "Đã xóa câu hỏi.");

    /// <summary>Moves a question one place up or down within its section.</summary>
    public async Task<IActionResult> OnPostMoveQuestionAsync(int id, int questionId, bool up) => await ChangeQuestionsAsync(id, () =>
    {
        if (Survey.Questions.FirstOrDefault(q => q.Id == questionId) is not { } target)
        {
            return ["Câu hỏi này không còn trong khảo sát. Hãy tải lại trang."];
        }

        var siblings = Survey.Sections.First(s => s.Id == target.SectionId).Questions;
        var index = siblings.IndexOf(target);
        var other = up ? index - 1 : index + 1;
        if (other >= 0 && other < siblings.Count)
        {
            (siblings[index], siblings[other]) = (siblings[other], siblings[index]);
            for (var i = 0; i < siblings.Count; i++)
            {
                siblings[i].Order = i;
            }
        }

        return [];
    }, "Đã đổi thứ tự câu hỏi.", $"#q-{questionId}");

    private async Task<IActionResult> ChangeQuestionsAsync(int id, Func<List<string>> change, string done, string anchor = "")
    {
        if (await LoadAsync(id, tracked: true) is { } missing)
        {
            return missing;
        }

        Settings = SettingsForm.From(Survey);
        if (!CanEditQuestions)
        {
            ModelState.AddModelError(string.Empty, "Khảo sát đã công bố nên không sửa được câu hỏi. Muốn sửa, hãy đưa về bản nháp ở trang kết quả (chỉ được khi chưa có ai trả lời).");
            return Page();
        }

        foreach (var problem in change())
        {
            ModelState.AddModelError(string.Empty, problem);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Survey.UpdatedAt = time.GetUtcNow().UtcDateTime;
        db.Entry(Survey).Property(s => s.UpdatedAt).IsModified = true;
        return await SaveAsync(done, anchor);
    }

    private async Task<IActionResult> SaveAsync(string done, string anchor)
    {
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, Conflicts.Message("Khảo sát này"));
            return Page();
        }

        TempData["Flash"] = done;
        return Redirect($"/surveys/edit/{Survey.Id}{anchor}");
    }

    private async Task<IActionResult?> LoadAsync(int id, bool tracked)
    {
        if (await SurveyAccess.FindAsync(db, id, tracked) is not { } survey)
        {
            return await this.NotFoundAuditedAsync<Survey>(db, id);
        }

        Survey = survey;
        HasResponses = await db.SurveyResponses.AnyAsync(r => r.SurveyId == id);
        return null;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
