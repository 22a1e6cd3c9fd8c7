using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Loa.Surveys;

/// <summary>Who is "the same person" taking a survey twice, without keeping who they are.</summary>
public static class RespondentIdentity
{
    /// <summary>
    /// What identifies one respondent of one survey, without keeping who they are: a keyed hash (HMAC-SHA256 with the
    /// installation's secret <paramref name="secret"/>) of the survey and the device's random token or the normalised
    /// phone number. The same person gives the same hash twice; without the secret a phone number cannot be found from
    /// its hash by trying every number. An empty secret gives the unkeyed hash of the earlier version, still looked up.
    /// </summary>
    public static string Hash(int surveyId, OncePer oncePer, string key, ReadOnlySpan<byte> secret)
    {
        var text = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"loa-survey:{surveyId}:{(oncePer == OncePer.Phone ? "phone" : "device")}:{key}"));
        var hash = secret.IsEmpty ? SHA256.HashData(text) : HMACSHA256.HashData(secret, text);
        return Convert.ToHexString(hash).ToLowerInvariant();
    }

    /// <summary>How a survey tells people apart: a contest always by phone number (one entry per person, as its rules say).</summary>
    public static OncePer OncePerOf(Survey survey) => survey.IsContest ? OncePer.Phone : survey.OncePer;
}
