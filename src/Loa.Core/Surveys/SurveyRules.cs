using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Loa.Surveys;

namespace Loa.Surveys;

/// <summary>The rules of taking a survey or a contest: who is "the same person", the time limit, scoring, showing contestants.</summary>
public static class SurveyRules
{
    /// <summary>Seconds allowed past a contest's time limit for the page to travel.</summary>
    public const int GraceSeconds = 30;

    /// <summary>
    /// What identifies one respondent of one survey, without keeping who they are: a keyed hash (HMAC-SHA256 with the
    /// installation's secret <paramref name="secret"/>) of the survey and the device's random token or the normalised
    /// phone number. The same person gives the same hash twice; without the secret a phone number cannot be found from
    /// its hash by trying every number. An empty secret gives the unkeyed hash of the earlier version, still looked up.
    /// </summary>
    public static string RespondentHash(int surveyId, OncePer oncePer, string key, ReadOnlySpan<byte> secret)
    {
        var text = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"loa-survey:{surveyId}:{(oncePer == OncePer.Phone ? "phone" : "device")}:{key}"));
        var hash = secret.IsEmpty ? SHA256.HashData(text) : HMACSHA256.HashData(secret, text);
        return Convert.ToHexString(hash).ToLowerInvariant();
    }

    /// <summary>How a survey tells people apart: a contest always by phone number (one entry per person, as its rules say).</summary>
    public static OncePer OncePerOf(Survey survey) => survey.IsContest ? OncePer.Phone : survey.OncePer;

    /// <summary>Whether an attempt started at <paramref name="startedAt"/> and sent at <paramref name="now"/> is past the limit (with a little grace).</summary>
    public static bool IsOverTime(DateTime startedAt, int? limitMinutes, DateTime now) =>
        limitMinutes is { } minutes && now > startedAt.AddMinutes(minutes).AddSeconds(GraceSeconds);

    /// <summary>When the attempt must be sent by, or null without a limit.</summary>
    public static DateTime? Deadline(DateTime startedAt, int? limitMinutes) => limitMinutes is { } minutes ? startedAt.AddMinutes(minutes) : null;

    /// <summary>Whether a choice answer is right: exactly the correct options, no more, no fewer.</summary>
    public static bool IsCorrect(SurveyQuestion question, int mask) => question.IsChoice && question.CorrectMask != 0 && mask == question.CorrectMask;

    /// <summary>A contest's score: the points of every question answered exactly right.</summary>
    public static int Score(IEnumerable<SurveyQuestion> questions, IReadOnlyDictionary<int, int> masksByQuestion) =>
        questions.Where(q => masksByQuestion.TryGetValue(q.Id, out var mask) && IsCorrect(q, mask)).Sum(q => q.Points);

    /// <summary>The most a contest can earn.</summary>
    public static int MaxScore(IEnumerable<SurveyQuestion> questions) => questions.Where(q => q.IsChoice && q.CorrectMask != 0).Sum(q => q.Points);

    /// <summary>
    /// The ranking of a contest: scored attempts (sent in time), best score first, then the quickest, then the
    /// earliest sent. Ties on score and time share a rank.
    /// </summary>
    public static IReadOnlyList<RankedResponse> Rank(IEnumerable<SurveyResponse> responses)
    {
        var ordered = responses
            .Where(r => r.SubmittedAt is not null && r.Score is not null && !r.OverTime)
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.DurationSeconds ?? int.MaxValue)
            .ThenBy(r => r.SubmittedAt)
            .ThenBy(r => r.Id)
            .ToList();
        var ranked = new List<RankedResponse>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var tied = i > 0 && ordered[i].Score == ordered[i - 1].Score && ordered[i].DurationSeconds == ordered[i - 1].DurationSeconds;
            ranked.Add(new RankedResponse(tied ? ranked[i - 1].Rank : i + 1, ordered[i]));
        }

        return ranked;
    }

    /// <summary>What the public ranking shows of a name: the given name only (the last word), or "Người tham gia".</summary>
    public static string PublicName(string? name)
    {
        var words = (name ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? "Người tham gia" : words[^1];
    }

    /// <summary>The first moment of a day in Vietnam (UTC+7, no daylight saving), in UTC.</summary>
    public static DateTime StartOfDayUtc(DateOnly day) => Loa.Domain.VietnamTime.StartOfDayUtc(day);

    /// <summary>The day in Vietnam of a moment in UTC.</summary>
    public static DateOnly VietnamDay(DateTime utc) => Loa.Domain.VietnamTime.Day(utc);

    /// <summary>"12 phút 05 giây".</summary>
    public static string Duration(int? seconds) => seconds is { } s
        ? (s >= 60 ? string.Create(CultureInfo.InvariantCulture, $"{s / 60} phút {s % 60:00} giây") : string.Create(CultureInfo.InvariantCulture, $"{s} giây"))
        : "–";

    /// <summary>The options chosen, as bits; options out of range are ignored.</summary>
    public static int Mask(IEnumerable<int> chosen, int optionCount) =>
        chosen.Where(i => i >= 0 && i < optionCount && i < 31).Aggregate(0, (mask, i) => mask | (1 << i));

    public static bool Has(int mask, int option) => option is >= 0 and < 31 && (mask & (1 << option)) != 0;

    public static int Count(int mask) => System.Numerics.BitOperations.PopCount((uint)mask);
}

public sealed record RankedResponse(int Rank, SurveyResponse Response);
