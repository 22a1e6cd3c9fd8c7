using System.Globalization;
using System.Text.RegularExpressions;

namespace Loa.Plans.Parsing;

/// <summary>Dates as Vietnamese documents write them: "ngày 30/01/2026", "ngày 14 tháng 01 năm 2026".</summary>
internal static partial class WrittenDates
{
    /// <summary>Every full date "ngày d/m/yyyy" or "ngày d tháng m năm yyyy" in the text, with where it starts.</summary>
    public static IEnumerable<(int Index, int Length, DateOnly Date)> Find(string text)
    {
        foreach (Match match in FullDate().Matches(text))
        {
            if (TryMake(match, out var date))
            {
                yield return (match.Index, match.Length, date);
            }
        }
    }

    /// <summary>Reads "30/01/2026" or "14 tháng 01 năm 2026" (with or without "ngày").</summary>
    public static bool TryParse(string text, out DateOnly date)
    {
        var match = FullDate().Match(text.TrimStart().StartsWith("ngày", StringComparison.OrdinalIgnoreCase) ? text : "ngày " + text.Trim());
        date = default;
        return match.Success && TryMake(match, out date);
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool TryMake(Match match, out DateOnly date)
    {
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        date = default;
        if (year is < 1900 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    [GeneratedRegex(@"ngày\s+(?:(?<d>[0-9]{1,2})\s*[/.\-]\s*(?<m>[0-9]{1,2})\s*[/.\-]\s*(?<y>[0-9]{4})|(?<d>[0-9]{1,2})\s+tháng\s+(?<m>[0-9]{1,2})\s*,?\s+năm\s+(?<y>[0-9]{4}))", RegexOptions.IgnoreCase)]
    private static partial Regex FullDate();
}
