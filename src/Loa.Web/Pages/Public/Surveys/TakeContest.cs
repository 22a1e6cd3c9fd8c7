using Loa.Surveys;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Public.Surveys;

/// <summary>Taking a contest: start on the server, then send within the time limit (handlers "start" and "submit").</summary>
public sealed partial class TakeModel
{
    /// <summary>Starts a contest: the server notes the time; name and phone are kept only with consent.</summary>
    public async Task<IActionResult> OnPostStartAsync(int id, string? name, string? phone, bool consent)
    {
        if (await LoadAsync(id) is { } missing)
        {
            return missing;
        }

        Sent = Request.Form;
        if (!Survey.IsContest || !Survey.AcceptsAnswers(Now))
        {
            await DecideViewAsync();
            return Page();
        }

        View = TakeView.Start;
        if (await humanCheck.ProblemAsync(Request.Form, HttpContext.RequestAborted) is { } p)
        {
            ModelState.AddModelError(string.Empty, p);
        }

        name = string.IsNullOrWhiteSpace(name) ? null : string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var normalised = Loa.Text.PhoneNumbers.Normalise(phone);
        if (name?.Length > 100)
        {
            ModelState.AddModelError("name", "Họ và tên dài quá 100 ký tự.");
        }

        if (!string.IsNullOrWhiteSpace(phone) && normalised is null)
        {
            ModelState.AddModelError("phone", "Số điện thoại chưa đúng: hãy nhập số di động 10 chữ số hoặc số cố định 11 chữ số, vd: 0912 345 678.");
        }
        else if (RespondentIdentity.OncePerOf(Survey) == OncePer.Phone && normalised is null)
        {
            ModelState.AddModelError("phone", "Hãy nhập số điện thoại: mỗi số điện thoại chỉ dự thi một lần.");
        }

        var phoneRequired = RespondentIdentity.OncePerOf(Survey) == OncePer.Phone;
        if (!consent && (name is not null || (normalised is not null && !phoneRequired)))
        {
            ModelState.AddModelError("consent", phoneRequired
                ? $"Hãy đánh dấu ô đồng ý để {Commune.GovernmentShort} lưu họ tên và số điện thoại của bạn cho việc trao giải, hoặc để trống ô họ tên để dự thi không nhận giải."
                : $"Hãy đánh dấu ô đồng ý để {Commune.GovernmentShort} lưu họ tên và số điện thoại của bạn cho việc trao giải, hoặc để trống hai ô đó để dự thi không ghi tên.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var key = RespondentKey(normalised)!;
        var hash = Hash(key);
        string[] hashes = [hash, LegacyHash(key)];
        var existing = await Db.SurveyResponses.FirstOrDefaultAsync(r => r.SurveyId == Survey.Id && hashes.Contains(r.RespondentHash));
        if (existing is { SubmittedAt: not null })
        {
            ModelState.AddModelError(string.Empty, AlreadyMessage);
            View = TakeView.Already;
            return Page();
        }

        if (existing is null)
        {
            existing = new SurveyResponse
            {
                ProvinceId = Survey.ProvinceId,
                CommuneId = Survey.CommuneId,
                SurveyId = Survey.Id,
                RespondentHash = hash,
                Name = consent ? name : null,
                Phone = consent ? normalised : null,
                ConsentAt = consent && (name is not null || normalised is not null) ? Now : null,
                StartedAt = Now,
            };
            Db.SurveyResponses.Add(existing);
            if (!await TrySaveAsync())
            {
                ModelState.AddModelError(string.Empty, AlreadyMessage);
                View = TakeView.Already;
                return Page();
            }
        }

        // An attempt begun earlier by the same person goes on with its own start time.
        SetAttemptCookie(existing.Id);
        return Redirect($"{Commune.Path}/surveys/{Survey.Id}");
    }

    /// <summary>Sends a contest attempt: scored on the server; after the time limit it is kept but not scored.</summary>
    public async Task<IActionResult> OnPostSubmitAsync(int id)
    {
        if (await LoadAsync(id) is { } missing)
        {
            return missing;
        }

        Sent = Request.Form;
        var attempt = await FindAttemptAsync(tracked: true);
        if (!Survey.IsContest || attempt is null || attempt.SubmittedAt is not null)
        {
            await DecideViewAsync();
            if (attempt is null && Survey.IsContest)
            {
                ModelState.AddModelError(string.Empty, "Không tìm thấy bài làm của bạn trên trình duyệt này. Hãy bấm “Bắt đầu làm bài”.");
            }

            return Page();
        }

        Attempt = attempt;
        View = TakeView.Running;
        if (await humanCheck.ProblemAsync(Request.Form, HttpContext.RequestAborted) is { } p)
        {
            ModelState.AddModelError(string.Empty, p);
            return Page();
        }

        var overTime = AttemptTime.IsOverTime(attempt.StartedAt, Survey.TimeLimitMinutes, Now);
        var closed = !Survey.AcceptsAnswers(Now) && !(Survey.Status != SurveyStatus.Draft && attempt.StartedAt < (Survey.ClosesAt ?? DateTime.MaxValue));
        if (closed)
        {
            ModelState.AddModelError(string.Empty, "Cuộc thi đã kết thúc nên không nhận bài nữa.");
            View = TakeView.Ended;
            return Page();
        }

        var (answers, problems) = SurveyAnswers.Read(Request.Form, Survey.Questions, enforceRequired: !overTime);
        if (!overTime && problems.Count > 0)
        {
            QuestionProblems = problems;
            foreach (var problem in problems.Values)
            {
                ModelState.AddModelError(string.Empty, problem);
            }

            return Page();
        }

        attempt.Answers = answers;
        attempt.SubmittedAt = Now;
        attempt.DurationSeconds = (int)Math.Max(0, Math.Round((Now - attempt.StartedAt).TotalSeconds));
        attempt.OverTime = overTime;
        attempt.Score = overTime ? null : ContestScoring.Score(Survey.Questions, answers.ToDictionary(a => a.QuestionId, a => a.Mask));
        await Db.SaveChangesAsync();
        await SurveyActivities.RecountAsync(Db, Survey, HttpContext.RequestAborted);
        TempData["PortalFlash"] = overTime
            ? "Bài làm đã được nhận nhưng nộp sau khi hết giờ nên không được tính điểm."
            : "Đã nộp bài. Cảm ơn bạn đã tham gia cuộc thi!";
        return Redirect($"{Commune.Path}/surveys/{Survey.Id}");
    }
}
