using Loa.Surveys;
using Microsoft.AspNetCore.Mvc;

namespace Loa.Web.Pages.Public.Surveys;

/// <summary>Taking a survey: one form, sent once per person (POST /x/{code}/surveys/{id}).</summary>
public sealed partial class TakeModel
{
    /// <summary>Sends a survey's answers.</summary>
    public async Task<IActionResult> OnPostAsync(int id, string? phone)
    {
        if (await LoadAsync(id) is { } missing)
        {
            return missing;
        }

        Sent = Request.Form;
        View = TakeView.Survey;
        if (Survey.IsContest || !Survey.AcceptsAnswers(Now))
        {
            await DecideViewAsync();
            return Page();
        }

        if (await humanCheck.ProblemAsync(Request.Form, HttpContext.RequestAborted) is { } p)
        {
            ModelState.AddModelError(string.Empty, p);
        }

        var key = RespondentKey(phone);
        if (key is null)
        {
            ModelState.AddModelError("phone", "Hãy nhập số điện thoại di động (10 chữ số) hoặc cố định (11 chữ số), vd: 0912 345 678: mỗi số điện thoại chỉ trả lời một lần.");
        }

        var hash = key is null ? null : Hash(key);
        if (key is not null && await AnsweredAsync(key))
        {
            ModelState.AddModelError(string.Empty, AlreadyMessage);
            View = TakeView.Already;
            return Page();
        }

        var (answers, problems) = SurveyAnswers.Read(Request.Form, Survey.Questions);
        QuestionProblems = problems;
        foreach (var problem in problems.Values)
        {
            ModelState.AddModelError(string.Empty, problem);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Db.SurveyResponses.Add(new SurveyResponse
        {
            ProvinceId = Survey.ProvinceId,
            CommuneId = Survey.CommuneId,
            SurveyId = Survey.Id,
            RespondentHash = hash!,
            StartedAt = Now,
            SubmittedAt = Now,
            Answers = answers,
        });
        if (!await TrySaveAsync())
        {
            ModelState.AddModelError(string.Empty, AlreadyMessage);
            View = TakeView.Already;
            return Page();
        }

        await SurveyActivities.RecountAsync(Db, Survey, HttpContext.RequestAborted);
        TempData["PortalFlash"] = "Cảm ơn Ông/Bà đã tham gia khảo sát! Ý kiến của Ông/Bà đã được ghi nhận.";
        return Redirect($"{Commune.Path}/surveys/{Survey.Id}");
    }
}
