using System.Globalization;

namespace Loa.Domain.Audit;

/// <summary>
/// A time window of the audit log, from (included) to (not included), held in UTC. Times are read as Vietnam time
/// ("2026-12-01T08:00", "2026-12-01 08:00", "01/12/2026 08:00", "2026-12-01" for midnight) unless they carry an offset
/// ("2026-12-01T01:00Z", "2026-12-01T08:00+07:00"). Either end may be open.
/// </summary>
public sealed record AuditWindow(DateTime? From, DateTime? To)
{
    public static readonly AuditWindow Open = new(null, null);

    private static readonly string[] LocalFormats =
    [
        "yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd",
        "dd/MM/yyyy HH:mm", "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy", "d/M/yyyy HH:mm", "d/M/yyyy",
    ];

    private static readonly string[] OffsetFormats =
    [
        "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mmK", "yyyy-MM-dd HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz",
    ];

    /// <summary>Reads both ends; an empty text leaves that end open. The message says in Vietnamese what is wrong.</summary>
    public static bool TryParse(string? from, string? to, out AuditWindow window, out string? error)
    {
        window = Open;
        if (!TryParseTime(from, "bắt đầu", out var start, out error) || !TryParseTime(to, "kết thúc", out var end, out error))
        {
            return false;
        }

        if (start is not null && end is not null && start >= end)
        {
            error = "Thời điểm bắt đầu phải trước thời điểm kết thúc.";
            return false;
        }

        window = new AuditWindow(start, end);
        return true;
    }

    /// <summary>One time as UTC: Vietnam time unless the text carries an offset; null for an empty text.</summary>
    public static bool TryParseTime(string? text, string which, out DateTime? utc, out string? error)
    {
        utc = null;
        error = null;
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return true;
        }

        DateTime? parsed = null;
        if (DateTime.TryParseExact(value, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            parsed = VietnamTime.ToUtc(local);
        }
        else if (DateTimeOffset.TryParseExact(value, OffsetFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
        {
            parsed = withOffset.UtcDateTime;
        }

        if (parsed is not { Year: >= 2000 and <= 2100 } found)
        {
            error = $"Không hiểu thời điểm {which} \"{Shorten(value)}\". Hãy viết như 2026-12-01T08:00 hoặc 01/12/2026 08:00 (giờ Việt Nam).";
            return false;
        }

        utc = DateTime.SpecifyKind(found, DateTimeKind.Utc);
        return true;
    }

    /// <summary>The value of a datetime-local field: Vietnam time to the minute ("2026-12-01T08:00").</summary>
    public static string ForInput(DateTime? utc) =>
        utc is { } at ? VietnamTime.Local(at).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) : "";

    /// <summary>ISO 8601 in UTC: "2026-12-01T01:00:00Z".</summary>
    public static string IsoUtc(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>ISO 8601 in Vietnam time with its offset: "2026-12-01T08:00:00+07:00".</summary>
    public static string IsoVietnam(DateTime utc) =>
        new DateTimeOffset(VietnamTime.Local(utc), VietnamTime.Offset(utc)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>How a person reads a time on screen: "01/12/2026 08:00:05" (Vietnam time).</summary>
    public static string Display(DateTime utc) => VietnamTime.Local(utc).ToString("dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>The window in words (Vietnam time), for the page and for the audit line that records a reading.</summary>
    public string Describe() => (From, To) switch
    {
        (null, null) => "mọi thời điểm",
        ({ } from, null) => $"từ {Minutes(from)}",
        (null, { } to) => $"trước {Minutes(to)}",
        ({ } from, { } to) => $"từ {Minutes(from)} đến trước {Minutes(to)}",
    };

    private static string Minutes(DateTime utc)
    {
        var local = VietnamTime.Local(utc);
        return local.ToString(local.Second == 0 && local.Millisecond == 0 ? "dd/MM/yyyy HH:mm" : "dd/MM/yyyy HH:mm:ss", CultureInfo.InvariantCulture);
    }

    private static string Shorten(string text) => text.Length > 40 ? text[..40] + "…" : text;
}
