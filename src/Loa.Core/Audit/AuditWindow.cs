using System.Globalization;
using Loa.Domain;

namespace Loa.Audit;

/// <summary>
/// A window of the audit log in whole days of Vietnam time, first and last day included ("2026-12-01" to "2026-12-03"
/// is 72 hours), held as UTC instants for the query: <see cref="FromUtc"/> included, <see cref="ToUtc"/> not.
/// </summary>
public sealed record AuditWindow(DateOnly FirstDay, DateOnly LastDay)
{
    /// <summary>The longest window one page or file reads.</summary>
    public const int MaxDays = 366;

    /// <summary>The window the page opens with: the last seven days.</summary>
    public const int DefaultDays = 7;

    private static readonly string[] Formats = ["yyyy-MM-dd", "dd/MM/yyyy", "d/M/yyyy"];

    public DateTime FromUtc => DateTime.SpecifyKind(VietnamTime.ToUtc(FirstDay.ToDateTime(TimeOnly.MinValue)), DateTimeKind.Utc);

    public DateTime ToUtc => DateTime.SpecifyKind(VietnamTime.ToUtc(LastDay.AddDays(1).ToDateTime(TimeOnly.MinValue)), DateTimeKind.Utc);

    public int Days => LastDay.DayNumber - FirstDay.DayNumber + 1;

    /// <summary>
    /// Reads the two days; an empty last day is today, an empty first day the sixth day before the last. The message says
    /// in Vietnamese what is wrong: a day that cannot be read, a first day after the last, a window of more than
    /// <see cref="MaxDays"/> days.
    /// </summary>
    public static bool TryParse(string? from, string? to, DateOnly today, out AuditWindow window, out string? error)
    {
        window = new AuditWindow(today.AddDays(1 - DefaultDays), today);
        if (!TryParseDay(to, "đến ngày", out var last, out error) || !TryParseDay(from, "từ ngày", out var first, out error))
        {
            return false;
        }

        var lastDay = last ?? today;
        var firstDay = first ?? lastDay.AddDays(1 - DefaultDays);
        if (firstDay > lastDay)
        {
            error = $"\"Từ ngày\" ({Show(firstDay)}) phải trước hoặc bằng \"đến ngày\" ({Show(lastDay)}).";
            return false;
        }

        var candidate = new AuditWindow(firstDay, lastDay);
        if (candidate.Days > MaxDays)
        {
            error = $"Khoảng thời gian dài {candidate.Days} ngày; mỗi lần xem hoặc tải chỉ được tối đa {MaxDays} ngày. Hãy chọn khoảng ngắn hơn.";
            return false;
        }

        window = candidate;
        return true;
    }

    /// <summary>"2026-12-01", "01/12/2026" or "1/12/2026"; null for an empty text.</summary>
    public static bool TryParseDay(string? text, string which, out DateOnly? day, out string? error)
    {
        day = null;
        error = null;
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        if (!DateOnly.TryParseExact(value, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            || parsed.Year is < 2000 or > 2100)
        {
            var shown = value.Length > 30 ? value[..30] + "…" : value;
            error = $"Không hiểu \"{which}\": \"{shown}\". Hãy ghi ngày như 2026-12-01 hoặc 01/12/2026.";
            return false;
        }

        day = parsed;
        return true;
    }

    /// <summary>The value of a date field: "2026-12-01".</summary>
    public static string ForInput(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>"01/12/2026".</summary>
    public static string Show(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>How a person reads an entry's time: "01/12/2026 08:00:05" (Vietnam time).</summary>
    public static string Display(DateTime utc) => VietnamTime.Local(utc).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 in UTC: "2026-12-01T01:00:00Z".</summary>
    public static string IsoUtc(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The window in words: "từ 01/12/2026 đến hết 03/12/2026 (giờ Việt Nam)".</summary>
    public string Describe() => $"từ {Show(FirstDay)} đến hết {Show(LastDay)} (giờ Việt Nam)";
}
