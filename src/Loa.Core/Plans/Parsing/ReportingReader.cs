using System.Text.RegularExpressions;

namespace Loa.Plans.Parsing;

/// <summary>
/// Reads the periodic reporting duty from the sentence that says it ("Định kỳ hàng quý, 06 tháng, 09 tháng và
/// năm báo cáo … (thông qua phòng Văn hoá – Xã hội)"): the periods in a fixed order and the unit reports go through.
/// </summary>
internal static partial class ReportingReader
{
    public static Reporting Read(IEnumerable<string> texts, PlanIssuer issuer)
    {
        var reporting = new Reporting();
        string? fallbackVia = null;
        foreach (var sentence in texts.SelectMany(Sentences.Split))
        {
            if (!sentence.Contains("báo cáo", StringComparison.OrdinalIgnoreCase) || !sentence.Contains("định kỳ", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var periods = Periods(sentence);
            var via = Via(sentence, issuer);
            if (periods.Count > 0)
            {
                reporting.Periods = periods;
                reporting.Via = via;
                return reporting;
            }

            fallbackVia ??= via;
        }

        reporting.Via = fallbackVia;
        return reporting;
    }

    /// <summary>quarter, half-year, nine-months, year — in that order — as the sentence names them.</summary>
    public static List<string> Periods(string sentence)
    {
        var periods = new List<string>();
        var rest = sentence;
        if (Quarter().IsMatch(rest))
        {
            periods.Add("quarter");
        }

        if (HalfYear().IsMatch(rest))
        {
            periods.Add("half-year");
            rest = HalfYear().Replace(rest, " ");
        }

        if (NineMonths().IsMatch(rest))
        {
            periods.Add("nine-months");
            rest = NineMonths().Replace(rest, " ");
        }

        if (Year().IsMatch(rest))
        {
            periods.Add("year");
        }

        return periods;
    }

    /// <summary>"thông qua phòng Văn hoá – Xã hội phường" → "Phòng Văn hoá – Xã hội".</summary>
    private static string? Via(string sentence, PlanIssuer issuer)
    {
        var match = ViaUnit().Match(sentence);
        if (!match.Success)
        {
            return null;
        }

        var unit = match.Groups["unit"].Value.Trim();
        var locality = issuer.Locality;
        if (locality is not null && unit.EndsWith(" " + locality, StringComparison.Ordinal))
        {
            unit = unit[..^(locality.Length + 1)].TrimEnd();
        }

        foreach (var kind in new[] { "phường", "xã", "đặc khu" })
        {
            if (unit.EndsWith(" " + kind, StringComparison.Ordinal))
            {
                unit = unit[..^(kind.Length + 1)].TrimEnd();
            }
        }

        unit = TextShape.TrimEndPunctuation(unit);
        return unit.Length == 0 ? null : char.ToUpperInvariant(unit[0]) + unit[1..];
    }

    [GeneratedRegex(@"(?<![\p{L}])quý(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex Quarter();

    [GeneratedRegex(@"(?<![\p{L}\d])(?:0?6|sáu)\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex HalfYear();

    [GeneratedRegex(@"(?<![\p{L}\d])(?:0?9|chín)\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?(?![\p{L}])", RegexOptions.IgnoreCase)]
    private static partial Regex NineMonths();

    /// <summary>"năm", "cuối năm", "hằng năm" — but not "năm 2026" nor "trong năm".</summary>
    [GeneratedRegex(@"(?<![\p{L}])(?<!trong\s)năm(?![\p{L}])(?!\s*\d)", RegexOptions.IgnoreCase)]
    private static partial Regex Year();

    [GeneratedRegex(@"thông\s+qua\s+(?<unit>[^();,.:]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ViaUnit();
}
