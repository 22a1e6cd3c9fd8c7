using System.Globalization;

namespace Loa.Surveys;

/// <summary>The time limit of an attempt at a contest and how long an attempt took.</summary>
public static class AttemptTime
{
    /// <summary>Seconds allowed past a contest's time limit for the page to travel.</summary>
    public const int GraceSeconds = 30;

    /// <summary>
    /// Whether an attempt started at <paramref name="startedAt"/> and sent at <paramref name="now"/> is past the
    /// limit (with a little grace).
    /// </summary>
    public static bool IsOverTime(DateTime startedAt, int? limitMinutes, DateTime now) =>
        limitMinutes is { } minutes && now > startedAt.AddMinutes(minutes).AddSeconds(GraceSeconds);

    /// <summary>When the attempt must be sent by, or null without a limit.</summary>
    public static DateTime? Deadline(DateTime startedAt, int? limitMinutes) => limitMinutes is { } minutes ? startedAt.AddMinutes(minutes) : null;

    /// <summary>"12 phút 05 giây".</summary>
    public static string Duration(int? seconds) => seconds is { } s
        ? (s >= 60 ? string.Create(CultureInfo.InvariantCulture, $"{s / 60} phút {s % 60:00} giây") : string.Create(CultureInfo.InvariantCulture, $"{s} giây"))
        : "–";
}
