using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Loa.Plans.Parsing;

/// <summary>
/// Reads and writes the "số lượng/tần suất" of a key task: "05 số" → value 5, unit "số", text "05 số";
/// "01 lần/quý" → 1, "lần/quý"; "1.000 tờ" → 1000, "tờ".
/// </summary>
public static partial class QuantityText
{
    /// <summary>Reads a quantity; throws <see cref="FormatException"/> (Vietnamese message) when the text does not start with a whole number.</summary>
    public static Quantity Parse(string text)
    {
        if (TryParse(text, out var quantity))
        {
            return quantity;
        }

        throw new FormatException($"Không đọc được số lượng \"{text}\": số lượng phải bắt đầu bằng một số nguyên, ví dụ \"05 số\", \"02 clip\".");
    }

    /// <summary>What is wrong with a quantity a person typed, in Vietnamese; null when it is blank or starts with a whole number.</summary>
    public static string? Problem(string? text) =>
        string.IsNullOrWhiteSpace(text) || TryParse(text, out _)
            ? null
            : "Số lượng phải bắt đầu bằng một số nguyên, ví dụ “05 số”, “02 clip”, “1.000 tờ” "
                + $"(“{(text.Length > 40 ? text[..40] + "…" : text.Trim())}” không đọc được).";

    /// <summary>Reads a quantity; false for blank text or text without a leading whole number ("Thường xuyên").</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Quantity? quantity)
    {
        quantity = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var written = InlineMarkup.CollapseSpaces(text);
        var match = LeadingNumber().Match(written);
        if (!match.Success)
        {
            return false;
        }

        var digits = match.Groups["n"].Value.Replace(".", "", StringComparison.Ordinal).Replace(",", "", StringComparison.Ordinal);
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        var unit = match.Groups["unit"].Value.Trim();
        quantity = new Quantity { Value = value, Unit = unit.Length == 0 ? null : unit, Text = written };
        return true;
    }

    /// <summary>Writes a quantity as plans do: numbers below 10 with a leading zero ("05 số", "12 tin").</summary>
    public static string Format(int value, string? unit)
    {
        var number = value is >= 0 and < 10
            ? value.ToString("00", CultureInfo.InvariantCulture)
            : value.ToString(CultureInfo.InvariantCulture);
        return string.IsNullOrWhiteSpace(unit) ? number : $"{number} {unit.Trim()}";
    }

    // [0-9], not \d: \d also matches other scripts' digits ("٣", "３"), which are no number here.
    [GeneratedRegex(@"^(?<n>[0-9]{1,3}(?:[.,][0-9]{3})+|[0-9]{1,9})(?![0-9])\s*(?<unit>.*)$")]
    private static partial Regex LeadingNumber();
}
