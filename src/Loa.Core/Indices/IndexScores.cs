using System.Globalization;

namespace Loa.Indices;

/// <summary>
/// Scores as people type them ("85,32" or "85.32") and component lines as they are kept ("Cải cách thể chế:
/// 8,5/9.5", "Tiếp cận dịch vụ: 87,2%").
/// </summary>
public static class IndexScores
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>
    /// A score typed with a comma or a point as the decimal mark; null for an empty text. False when it is not a
    /// plain non-negative number (one mark at most, no thousands separators: scores do not reach a thousand).
    /// </summary>
    public static bool TryParse(string? text, out decimal? score)
    {
        score = null;
        var trimmed = text?.Trim().TrimEnd('%').Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return true;
        }

        var normal = trimmed.Replace(',', '.');
        if (normal.Count(c => c == '.') > 1 || !normal.All(c => char.IsAsciiDigit(c) || c == '.') || normal[0] == '.' || normal[^1] == '.')
        {
            return false;
        }

        if (!decimal.TryParse(normal, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value >= 100_000)
        {
            return false;
        }

        score = value;
        return true;
    }

    /// <summary>A score the Vietnamese way: "85,32", "9".</summary>
    public static string Format(decimal score) => score.ToString("0.##", Vietnamese);

    /// <summary>A component line split into its name and its value ("Cải cách thể chế", "8,5/9,5"); the whole line as name when it has no colon.</summary>
    public static (string Name, string Value) Component(string line)
    {
        var colon = line.LastIndexOf(':');
        return colon <= 0 ? (line.Trim(), "") : (line[..colon].Trim(), line[(colon + 1)..].Trim());
    }

    /// <summary>The component lines of a text box: one per non-empty line, trimmed.</summary>
    public static List<string> Lines(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
}
