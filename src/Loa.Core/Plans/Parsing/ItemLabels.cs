using System.Text.RegularExpressions;
using Loa.Text;

namespace Loa.Plans.Parsing;

/// <summary>The kinds of item markers a plan numbers its parts with.</summary>
internal enum MarkerKind
{
    None,

    /// <summary>"I.", "II.", "IV –": the parts.</summary>
    Roman,

    /// <summary>"1.", "2)", "1.1.", "1.2.3": numbered items; <see cref="ItemMarker.Depth"/> counts the levels.</summary>
    Number,

    /// <summary>"a)", "đ)", "b.", "(c)": point letters of the Vietnamese alphabet.</summary>
    Letter,

    /// <summary>"-", "+", "•", "–": bullets; never a node of the tree, always a paragraph.</summary>
    Bullet,
}

/// <summary>The marker at the start of a line: its kind, its label without punctuation, and the text after it.</summary>
internal readonly record struct ItemMarker(MarkerKind Kind, string Label, int Depth, string Rest)
{
    public static readonly ItemMarker None = new(MarkerKind.None, "", 0, "");

    public bool IsItem => Kind is MarkerKind.Roman or MarkerKind.Number or MarkerKind.Letter;

    /// <summary>Nesting rank: parts 0, numbers 1–4 by depth, letters 5. A node nests under the nearest lower rank.</summary>
    public int Rank => Kind switch
    {
        MarkerKind.Roman => 0,
        MarkerKind.Number => Math.Min(Depth, 4),
        MarkerKind.Letter => 5,
        _ => 6,
    };
}

/// <summary>Reads item markers: Roman parts, numbers, point letters and bullets, as Vietnamese documents write them.</summary>
internal static partial class ItemLabels
{
    /// <summary>Letters that mark items: the point letters, and f, j, w, z, which Word's automatic lettering (a, b, … f) writes.</summary>
    private const string MarkerLetters = Numbering.PointLetters + "fjwz";

    private const string SymbolBullets = "•·▪◦●○■□➢►✓⁃∙";

    public static ItemMarker Parse(string text)
    {
        if (text.Length == 0)
        {
            return ItemMarker.None;
        }

        var first = text[0];
        if (first is 'I' or 'V' or 'X' or 'L')
        {
            var roman = RomanMarker().Match(text);
            if (roman.Success && ValidRoman().IsMatch(roman.Groups["n"].Value))
            {
                return new ItemMarker(MarkerKind.Roman, roman.Groups["n"].Value, 0, roman.Groups["rest"].Value.Trim());
            }
        }
        else if (char.IsAsciiDigit(first))
        {
            return ParseNumber(text);
        }
        else if (MarkerLetters.Contains(first, StringComparison.Ordinal) || first == '(')
        {
            var letter = LetterMarker().Match(text);
            if (letter.Success && MarkerLetters.Contains(letter.Groups["l"].Value, StringComparison.Ordinal))
            {
                return new ItemMarker(MarkerKind.Letter, letter.Groups["l"].Value, 0, letter.Groups["rest"].Value.Trim());
            }
        }
        else if (first is '-' or '+' or '–' or '—' || SymbolBullets.Contains(first, StringComparison.Ordinal))
        {
            var bullet = BulletMarker().Match(text);
            if (bullet.Success)
            {
                return new ItemMarker(MarkerKind.Bullet, NormaliseBullet(first), 0, bullet.Groups["rest"].Value.Trim());
            }
        }

        return ItemMarker.None;
    }

    /// <summary>True when the text is nothing but a marker ("1.", "a)", "-", "II."), as in a cell before a tab.</summary>
    public static bool IsMarkerOnly(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length > 0 && MarkerOnly().IsMatch(trimmed);
    }

    /// <summary>The index of a point letter in the alphabet, or -1.</summary>
    public static int LetterIndex(string label) => label.Length == 1 ? Numbering.PointLetters.IndexOf(label[0], StringComparison.Ordinal) : -1;

    private static ItemMarker ParseNumber(string text)
    {
        var match = NumberMarker().Match(text);
        if (!match.Success)
        {
            return ItemMarker.None;
        }

        var label = match.Groups["n"].Value;
        var punctuation = match.Groups["p"].Value;
        var rest = match.Groups["rest"].Value.Trim();
        var depth = label.Count(c => c == '.') + 1;
        if (depth == 1 && punctuation.Length == 0)
        {
            return ItemMarker.None; // "2026 là năm …", "08 Trưởng khu phố"
        }

        if (rest.Length > 0 && char.IsAsciiDigit(rest[0]))
        {
            return ItemMarker.None; // "1. 000", a number, not a marker
        }

        if (depth > 1 && punctuation.Length == 0 && rest.Length > 0 && char.IsLower(rest[0]))
        {
            return ItemMarker.None; // "2.5 triệu đồng"
        }

        return new ItemMarker(MarkerKind.Number, label, depth, rest);
    }

    private static string NormaliseBullet(char c) => c switch
    {
        '—' => "–",
        '·' or '∙' or '⁃' => "•",
        _ => c.ToString(),
    };

    [GeneratedRegex(@"^(?<n>[IVXL]{1,7})(?:\s*[.):]|\s+[-–—](?=\s))\s*(?<rest>.*)$")]
    private static partial Regex RomanMarker();

    [GeneratedRegex(@"^(?=[IVXL])(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")]
    private static partial Regex ValidRoman();

    [GeneratedRegex(@"^(?<n>\d{1,2}(?:\.\d{1,2}){0,3})(?<p>[.)])?(?!\d)(?:\s+|(?<=[.)])(?=\p{L})|$)(?<rest>.*)$")]
    private static partial Regex NumberMarker();

    [GeneratedRegex(@"^(?:\((?<l>[a-zđ])\)|(?<l>[a-zđ])\s*\)|(?<l>[a-zđ])\.(?=\s|$))\s*(?<rest>.*)$")]
    private static partial Regex LetterMarker();

    [GeneratedRegex(@"^(?:[-+–—]\s+|[•·▪◦●○■□➢►✓⁃∙]\s*)(?<rest>\S.*)$")]
    private static partial Regex BulletMarker();

    [GeneratedRegex(@"^(?:[IVXL]{1,7}[.)]|\d{1,2}(?:\.\d{1,2}){0,3}[.)]?|\(?[a-zđ][.)]|[-+•–—·▪◦●○■□➢►✓⁃∙])$")]
    private static partial Regex MarkerOnly();
}
