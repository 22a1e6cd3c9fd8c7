using System.Globalization;
using System.Text.RegularExpressions;
using Loa.Text;

namespace Loa.Plans.Progress;

/// <summary>
/// Reads the timeframe cell of a task ("Thường xuyên", "Trong năm 2026", "Định kỳ 01 lần/quý", "Quý II/2026",
/// "Tháng 3/2026", "6 tháng đầu năm", "Trước ngày 30/6/2026") into dates within the plan's year. Text it does
/// not understand means the whole year, which is what a plan without a date means.
/// </summary>
public static partial class TimeframeReader
{
    public static Timeframe Read(string? text, int planYear)
    {
        var yearStart = new DateOnly(planYear, 1, 1);
        var yearEnd = new DateOnly(planYear, 12, 31);
        var whole = new Timeframe(TimeframeKind.Span, yearStart, yearEnd);
        if (string.IsNullOrWhiteSpace(text))
        {
            return whole;
        }

        var t = VietnameseText.Fold(text);

        if (DeadlineDate().Match(t) is { Success: true } deadline
            && ToDate(deadline.Groups["d"].Value, deadline.Groups["m"].Value, deadline.Groups["y"].Value, planYear) is { } by)
        {
            return new Timeframe(TimeframeKind.Deadline, yearStart < by ? yearStart : by, by);
        }

        if (Recurrence().Match(t) is { Success: true } recurring)
        {
            var count = int.TryParse(recurring.Groups["n"].Value, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : 1;
            var months = recurring.Groups["p"].Value switch
            {
                "thang" => 1,
                "quy" => 3,
                "6 thang" or "06 thang" => 6,
                _ => 12,
            };
            return new Timeframe(TimeframeKind.Recurring, yearStart, yearEnd, months, count);
        }

        if (t.Contains("thuong xuyen", StringComparison.Ordinal) || t.Contains("lien tuc", StringComparison.Ordinal))
        {
            return new Timeframe(TimeframeKind.Ongoing, yearStart, yearEnd);
        }

        if (Quarter().Match(t) is { Success: true } quarter)
        {
            var q = QuarterNumber(quarter.Groups["q"].Value);
            if (q is >= 1 and <= 4)
            {
                var start = new DateOnly(planYear, ((q - 1) * 3) + 1, 1);
                return new Timeframe(TimeframeKind.Span, start, start.AddMonths(3).AddDays(-1));
            }
        }

        if (t.Contains("6 thang dau nam", StringComparison.Ordinal) || t.Contains("06 thang dau nam", StringComparison.Ordinal))
        {
            return new Timeframe(TimeframeKind.Span, yearStart, new DateOnly(planYear, 6, 30));
        }

        if (t.Contains("6 thang cuoi nam", StringComparison.Ordinal) || t.Contains("06 thang cuoi nam", StringComparison.Ordinal))
        {
            return new Timeframe(TimeframeKind.Span, new DateOnly(planYear, 7, 1), yearEnd);
        }

        if (MonthRange().Match(t) is { Success: true } range && Month(range.Groups["a"].Value) is { } a && Month(range.Groups["b"].Value) is { } b && a <= b)
        {
            return new Timeframe(TimeframeKind.Span, new DateOnly(planYear, a, 1), new DateOnly(planYear, b, 1).AddMonths(1).AddDays(-1));
        }

        if (SingleMonth().Match(t) is { Success: true } single && Month(single.Groups["m"].Value) is { } m)
        {
            var start = new DateOnly(planYear, m, 1);
            return new Timeframe(TimeframeKind.Span, start, start.AddMonths(1).AddDays(-1));
        }

        if (PlainDate().Match(t) is { Success: true } plain
            && ToDate(plain.Groups["d"].Value, plain.Groups["m"].Value, plain.Groups["y"].Value, planYear) is { } on)
        {
            return new Timeframe(TimeframeKind.Deadline, yearStart < on ? yearStart : on, on);
        }

        return whole;
    }

    private static int? Month(string text) =>
        int.TryParse(text, CultureInfo.InvariantCulture, out var m) && m is >= 1 and <= 12 ? m : null;

    private static int QuarterNumber(string text) => text switch
    {
        "i" or "1" => 1,
        "ii" or "2" => 2,
        "iii" or "3" => 3,
        "iv" or "4" => 4,
        _ => 0,
    };

    private static DateOnly? ToDate(string day, string month, string year, int planYear)
    {
        if (!int.TryParse(day, CultureInfo.InvariantCulture, out var d) || !int.TryParse(month, CultureInfo.InvariantCulture, out var m))
        {
            return null;
        }

        var y = int.TryParse(year, CultureInfo.InvariantCulture, out var yy) ? yy : planYear;
        return m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;
    }

    [GeneratedRegex(@"\b(truoc|cham nhat|han|hoan thanh)\D{0,20}?(?<d>\d{1,2})\s*(?:/|-|\.|thang\s*)\s*(?<m>\d{1,2})(?:\s*(?:/|-|\.|nam\s*)\s*(?<y>\d{4}))?")]
    private static partial Regex DeadlineDate();

    [GeneratedRegex(@"(?:(?<n>\d+)\s*lan\s*/\s*|(?:hang|moi|dinh ky)\s+)(?<p>thang|quy|6 thang|06 thang|nam)\b")]
    private static partial Regex Recurrence();

    [GeneratedRegex(@"\bquy\s+(?<q>iv|iii|ii|i|[1-4])\b")]
    private static partial Regex Quarter();

    /// <summary>"Từ tháng 3 đến (hết) tháng 6", "Tháng 3 - tháng 6", "Tháng 3-6/2026".</summary>
    [GeneratedRegex(@"thang\s+(?<a>\d{1,2})(?:\s*[-–]\s*|.{0,20}?\bden\s+(?:het\s+)?)(?:thang\s+)?(?<b>\d{1,2})(?!\d)")]
    private static partial Regex MonthRange();

    [GeneratedRegex(@"\bthang\s+(?<m>\d{1,2})\b(?!\s*(?:/|-)?\s*\d{1,2}\s*(?:/|-))")]
    private static partial Regex SingleMonth();

    [GeneratedRegex(@"\b(?<d>\d{1,2})\s*/\s*(?<m>\d{1,2})\s*/\s*(?<y>\d{4})\b")]
    private static partial Regex PlainDate();
}
