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

namespace Loa.Web.Pages.Public.Surveys;

/// <summary>
/// Taking a survey or a contest on the portal. A survey is one form, sent once per person (device token or phone,
/// as designed). A contest starts on the server (its start time is the server's), is sent within its time limit, is
/// scored on the server, and then shows its score with the correct answers. The attempt is found again through a
/// signed cookie, so nothing personal travels in an address. This file loads the survey and decides what the page
/// shows; sending a survey is in <c>TakeSurvey.cs</c>, a contest in <c>TakeContest.cs</c>.
/// </summary>
[EnableRateLimiting(PublicLimits.Posts)]
[PortalIntake]
public sealed partial class TakeModel(LoaDbContext db, TimeProvider time, HumanCheck humanCheck, IDataProtectionProvider protection, RespondentSecret secret)
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

    public int MaxScore => ContestScoring.MaxScore(Survey.Questions);

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

    public const string AlreadyMessage = "Bạn đã tham gia rồi. Mỗi người chỉ trả lời một lần — cảm ơn bạn!";

    /// <summary>When the attempt must be sent, for the countdown.</summary>
    public DateTime? Deadline => Attempt is null ? null : AttemptTime.Deadline(Attempt.StartedAt, Survey.TimeLimitMinutes);

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

            if (Attempt is not null && Survey.Status != SurveyStatus.Draft && !AttemptTime.IsOverTime(Attempt.StartedAt, Survey.TimeLimitMinutes, Now)
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
        if (RespondentIdentity.OncePerOf(Survey) == OncePer.Device && Request.Cookies[DeviceCookie] is { Length: > 0 } token)
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

    private string Hash(string key) => RespondentIdentity.Hash(Survey.Id, RespondentIdentity.OncePerOf(Survey), key, secret.Value);

    // Answers kept before hashes were keyed carry the unkeyed hash: looked up too, so nobody answers twice across the upgrade.
    private string LegacyHash(string key) => RespondentIdentity.Hash(Survey.Id, RespondentIdentity.OncePerOf(Survey), key, []);

    private Task<bool> AnsweredAsync(string key)
    {
        string[] hashes = [Hash(key), LegacyHash(key)];
        return Db.SurveyResponses.AnyAsync(r => r.SurveyId == Survey.Id && hashes.Contains(r.RespondentHash));
    }

    /// <summary>Who answers: the phone number when the survey counts by phone (a contest always), otherwise this browser's random token.</summary>
    private string? RespondentKey(string? phone)
    {
        if (RespondentIdentity.OncePerOf(Survey) == OncePer.Phone)
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
        if (parts.Length != 2
            || parts[0] != Survey.Id.ToString(CultureInfo.InvariantCulture)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var responseId))
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
