using System.Globalization;
using System.Security.Cryptography;
using Loa.Data;
using Loa.Surveys;
using Loa.Web.Infrastructure.Portal;
using Loa.Web.Pages.Surveys;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.X.Surveys;

/// <summary>
/// Taking a survey or a contest on the portal. A survey is one form, sent once per person (device token or phone,
/// as designed). A contest starts on the server (its start time is the server's), is sent within its time limit, is
/// scored on the server, and then shows its score with the correct answers. The attempt is found again through a
/// signed cookie, so nothing personal travels in an address.
/// </summary>
[EnableRateLimiting(PublicLimits.Posts)]
[PortalIntake]
public sealed class TakeModel(LoaDbContext db, TimeProvider time, HumanCheck humanCheck, IDataProtectionProvider protection, RespondentSecret secret)
    : PortalPageModel(db)
{
    public const string DeviceCookie = "loa.respondent";

    private readonly IDataProtector attempts = protection.CreateProtector("Loa.Portal.SurveyAttempt");

    public Survey Survey { get; private set; } = null!;

    public DateTime Now { get; private set; }

    /// <summary>What the page shows: the survey form, a contest's start form, a contest under way, a contest's result, already answered, ended.</summary>
    public TakeView View { get; private set; }

    /// <summary>The contest attempt of this browser, if any.</summary>
    public SurveyResponse? Attempt { get; private set; }

    /// <summary>The answers of a finished attempt, by question.</summary>
    public IReadOnlyDictionary<int, SurveyAnswer> AttemptAnswers { get; private set; } = new Dictionary<int, SurveyAnswer>();

    /// <summary>Problems of single questions, shown beside them.</summary>
    public IReadOnlyDictionary<int, string> QuestionProblems { get; private set; } = new Dictionary<int, string>();

    /// <summary>The form as sent, to show again after a problem.</summary>
    public IFormCollection? Sent { get; private set; }

    public int MaxScore => SurveyRules.MaxScore(Survey.Questions);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } missing)
        {
            return missing;
        }

        EnsureDeviceToken();
        await DecideViewAsync();
        return Page();
    }

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
        else if (SurveyRules.OncePerOf(Survey) == OncePer.Phone && normalised is null)
        {
            ModelState.AddModelError("phone", "Hãy nhập số điện thoại: mỗi số điện thoại chỉ dự thi một lần.");
        }

        var phoneRequired = SurveyRules.OncePerOf(Survey) == OncePer.Phone;
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

        var overTime = SurveyRules.IsOverTime(attempt.StartedAt, Survey.TimeLimitMinutes, Now);
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
        attempt.Score = overTime ? null : SurveyRules.Score(Survey.Questions, answers.ToDictionary(a => a.QuestionId, a => a.Mask));
        await Db.SaveChangesAsync();
        await SurveyActivities.RecountAsync(Db, Survey, HttpContext.RequestAborted);
        TempData["PortalFlash"] = overTime
            ? "Bài làm đã được nhận nhưng nộp sau khi hết giờ nên không được tính điểm."
            : "Đã nộp bài. Cảm ơn bạn đã tham gia cuộc thi!";
        return Redirect($"{Commune.Path}/surveys/{Survey.Id}");
    }

    public const string AlreadyMessage = "Bạn đã tham gia rồi. Mỗi người chỉ trả lời một lần — cảm ơn bạn!";

    /// <summary>When the attempt must be sent, for the countdown.</summary>
    public DateTime? Deadline => Attempt is null ? null : SurveyRules.Deadline(Attempt.StartedAt, Survey.TimeLimitMinutes);

    private async Task DecideViewAsync()
    {
        if (Survey.IsContest)
        {
            Attempt = await FindAttemptAsync(tracked: false);
            if (Attempt is { SubmittedAt: not null })
            {
                View = TakeView.Result;
                AttemptAnswers = await Db.SurveyAnswers.AsNoTracking().Where(a => a.ResponseId == Attempt.Id).ToDictionaryAsync(a => a.QuestionId);
                return;
            }

            if (Attempt is not null && Survey.Status != SurveyStatus.Draft && !SurveyRules.IsOverTime(Attempt.StartedAt, Survey.TimeLimitMinutes, Now)
                && Attempt.StartedAt < (Survey.ClosesAt ?? DateTime.MaxValue))
            {
                View = TakeView.Running;
                return;
            }

            View = Survey.AcceptsAnswers(Now) && Attempt is null ? TakeView.Start : Attempt is not null ? TakeView.TimeUp : TakeView.Ended;
            return;
        }

        if (!Survey.AcceptsAnswers(Now))
        {
            View = TakeView.Ended;
            return;
        }

        View = TakeView.Survey;
        if (SurveyRules.OncePerOf(Survey) == OncePer.Device && Request.Cookies[DeviceCookie] is { Length: > 0 } token)
        {
            if (await AnsweredAsync(token))
            {
                View = TakeView.Already;
            }
        }
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        await LoadProfileAsync();
        Now = time.GetUtcNow().UtcDateTime;
        Response.Headers.CacheControl = "no-store";
        var survey = await Db.Surveys.AsNoTracking().Include(s => s.Sections).Include(s => s.Questions).AsSplitQuery()
            .FirstOrDefaultAsync(s => s.Id == id && s.CommuneId == Commune.Id, HttpContext.RequestAborted);
        if (survey is null || !survey.IsPublic(Now))
        {
            return NotFound();
        }

        SurveyAccess.Order(survey);
        Survey = survey;
        return null;
    }

    private string Hash(string key) => SurveyRules.RespondentHash(Survey.Id, SurveyRules.OncePerOf(Survey), key, secret.Value);

    // Answers kept before hashes were keyed carry the unkeyed hash: looked up too, so nobody answers twice across the upgrade.
    private string LegacyHash(string key) => SurveyRules.RespondentHash(Survey.Id, SurveyRules.OncePerOf(Survey), key, []);

    private Task<bool> AnsweredAsync(string key)
    {
        string[] hashes = [Hash(key), LegacyHash(key)];
        return Db.SurveyResponses.AnyAsync(r => r.SurveyId == Survey.Id && hashes.Contains(r.RespondentHash));
    }

    /// <summary>Who answers: the phone number when the survey counts by phone (a contest always), otherwise this browser's random token.</summary>
    private string? RespondentKey(string? phone)
    {
        if (SurveyRules.OncePerOf(Survey) == OncePer.Phone)
        {
            return Loa.Text.PhoneNumbers.Normalise(phone);
        }

        return EnsureDeviceToken();
    }

    private string EnsureDeviceToken()
    {
        if (Request.Cookies[DeviceCookie] is { Length: >= 16 } token)
        {
            return token;
        }

        var fresh = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', '-').Replace('/', '_');
        Response.Cookies.Append(DeviceCookie, fresh, new CookieOptions
        {
            HttpOnly = true,
            Secure = Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            Path = "/x/",
            MaxAge = TimeSpan.FromDays(365),
            IsEssential = true,
        });
        return fresh;
    }

    private string AttemptCookie => "loa.attempt." + Survey.Id.ToString(CultureInfo.InvariantCulture);

    private void SetAttemptCookie(int responseId) => Response.Cookies.Append(
        AttemptCookie,
        attempts.Protect(string.Create(CultureInfo.InvariantCulture, $"{Survey.Id}:{responseId}")),
        new CookieOptions
        {
            HttpOnly = true,
            Secure = Request.IsHttps,
            SameSite = SameSiteMode.Lax,
            Path = Commune.Path + "/surveys",
            MaxAge = TimeSpan.FromDays(60),
            IsEssential = true,
        });

    private async Task<SurveyResponse?> FindAttemptAsync(bool tracked)
    {
        if (Request.Cookies[AttemptCookie] is not { Length: > 0 } value)
        {
            return null;
        }

        string plain;
        try
        {
            plain = attempts.Unprotect(value);
        }
        catch (CryptographicException)
        {
            return null;
        }

        var parts = plain.Split(':');
        if (parts.Length != 2 || parts[0] != Survey.Id.ToString(CultureInfo.InvariantCulture) || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var responseId))
        {
            return null;
        }

        var query = tracked ? Db.SurveyResponses : Db.SurveyResponses.AsNoTracking();
        return await query.FirstOrDefaultAsync(r => r.Id == responseId && r.SurveyId == Survey.Id);
    }

    /// <summary>Saves; false when the once-per-person index refused a second response sent at the same moment.</summary>
    private async Task<bool> TrySaveAsync()
    {
        try
        {
            await Db.SaveChangesAsync();
            return true;
        }
        catch (DbUpdateException)
        {
            Db.ChangeTracker.Clear();
            return false;
        }
    }
}

public enum TakeView
{
    Survey = 1,
    Start = 2,
    Running = 3,
    Result = 4,
    Already = 5,
    Ended = 6,
    TimeUp = 7,
}
