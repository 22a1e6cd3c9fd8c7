using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Loa.Plans.Parsing;

/// <summary>
/// Removes the Markdown and HTML marks that Word/PDF converters leave in a line: heading marks, emphasis
/// (<c>**</c>, <c>*</c>, <c>__</c>, <c>_</c>), backslash escapes, &lt;br&gt; and simple tags; collapses spaces.
/// </summary>
internal static partial class InlineMarkup
{
    private const char EscapedStar = '\uE000';

    private static readonly SearchValues<char> MarkupChars = SearchValues.Create("*_<&\uE000\uE001");
    private static readonly SearchValues<char> MarksBefore = SearchValues.Create(" *_#>");
    private static readonly SearchValues<char> MarksAfter = SearchValues.Create(" *_.:;,)");
    private const char EscapedUnderscore = '\uE001';

    /// <summary>The result of cleaning one line.</summary>
    internal readonly record struct Cleaned(string Text, int HeadingLevel, bool Bold);

    /// <summary>Cleans a line of running text. <paramref name="boldOpen"/> carries a bold run across lines.</summary>
    public static Cleaned CleanLine(string line, ref bool boldOpen)
    {
        var text = line.Trim();
        var headingLevel = 0;
        var heading = HeadingMarks().Match(text);
        if (heading.Success)
        {
            headingLevel = heading.Groups[1].Length;
            text = ClosingHeadingMarks().Replace(text[heading.Length..], "");
        }

        text = BlockQuote().Replace(text, "");
        if (text.StartsWith('*') && !text.StartsWith("**", StringComparison.Ordinal) && text.Length > 1 && char.IsWhiteSpace(text[1]))
        {
            // A Markdown "* item" bullet: keep it as a dash bullet before the stars go.
            text = "-" + text[1..];
        }

        text = ProtectEscapes(text);
        var bold = ScanBold(text, ref boldOpen);
        return new Cleaned(Finish(text), headingLevel, bold);
    }

    /// <summary>Cleans a table cell (no bold carried across cells).</summary>
    public static string CleanCell(string cell)
    {
        var text = ProtectEscapes(cell.Trim());
        return Finish(text);
    }

    /// <summary>Collapses every run of white space into one space and trims.</summary>
    public static string CollapseSpaces(string text)
    {
        if (!NeedsCollapsing(text))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool NeedsCollapsing(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            return true;
        }

        for (var i = 1; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) && (c != ' ' || char.IsWhiteSpace(text[i - 1])))
            {
                return true;
            }
        }

        return false;
    }

    private static string ProtectEscapes(string text)
    {
        if (!text.Contains('\\', StringComparison.Ordinal))
        {
            return text;
        }

        text = text.Replace("\\*", EscapedStar.ToString(), StringComparison.Ordinal)
            .Replace("\\_", EscapedUnderscore.ToString(), StringComparison.Ordinal);
        return BackslashEscape().Replace(text, "$1");
    }

    private static string Finish(string text)
    {
        if (text.AsSpan().IndexOfAny(MarkupChars) < 0)
        {
            return CollapseSpaces(text);
        }

        text = HtmlBreak().Replace(text, " ");
        text = HtmlTag().Replace(text, "");
        if (text.Contains('&', StringComparison.Ordinal))
        {
            text = text.Replace("&nbsp;", " ", StringComparison.Ordinal)
                .Replace("&lt;", "<", StringComparison.Ordinal)
                .Replace("&gt;", ">", StringComparison.Ordinal)
                .Replace("&quot;", "\"", StringComparison.Ordinal)
                .Replace("&amp;", "&", StringComparison.Ordinal);
        }

        text = text.Replace("**", "", StringComparison.Ordinal)
            .Replace("__", "", StringComparison.Ordinal)
            .Replace("*", "", StringComparison.Ordinal);
        text = EmphasisUnderscore().Replace(text, "");
        text = text.Replace(EscapedStar, '*').Replace(EscapedUnderscore, '_');
        return CollapseSpaces(text);
    }

    /// <summary>
    /// Walks the bold toggles (<c>**</c>, <c>__</c>) and tells whether every letter and digit of the line is bold,
    /// a leading list marker ("1.", "a)", "-") outside the bold aside.
    /// </summary>
    private static bool ScanBold(string text, ref bool boldOpen)
    {
        if (!text.Contains("**", StringComparison.Ordinal) && !text.Contains("__", StringComparison.Ordinal))
        {
            return boldOpen && text.Any(char.IsLetterOrDigit); // no marks: bold only inside a run carried over
        }

        var inside = 0;
        var outside = new StringBuilder();
        var bold = boldOpen;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if ((c == '*' || c == '_') && i + 1 < text.Length && text[i + 1] == c)
            {
                // A mark before any text opens a run and a mark after all text closes one, whatever was carried
                // over: a page break between two halves of a bold line must not turn the emphasis inside out.
                var atStart = text.AsSpan(0, i).IndexOfAnyExcept(MarksBefore) < 0;
                var atEnd = !text.AsSpan(i + 2).ContainsAnyExcept(MarksAfter);
                bold = atStart ? true : atEnd ? false : !bold;
                i++;
                continue;
            }

            if (!char.IsLetterOrDigit(c))
            {
                if (!bold && !char.IsWhiteSpace(c) && c != '*')
                {
                    outside.Append(c);
                }

                continue;
            }

            if (bold)
            {
                inside++;
            }
            else
            {
                outside.Append(c);
            }
        }

        boldOpen = bold;
        var rest = outside.ToString().Trim('.', ':', ';', ',', '(', ')');
        return inside > 0 && (rest.Length == 0 || ItemLabels.IsMarkerOnly(outside.ToString().TrimEnd(':', ';', ',')));
    }

    [GeneratedRegex(@"^\s{0,3}(#{1,6})(?:\s+|$)")]
    private static partial Regex HeadingMarks();

    [GeneratedRegex(@"\s+#+\s*$")]
    private static partial Regex ClosingHeadingMarks();

    [GeneratedRegex(@"^(?:>\s?)+")]
    private static partial Regex BlockQuote();

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex BackslashEscape();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlBreak();

    [GeneratedRegex(@"</?(?:b|i|u|em|strong|span|sup|sub|p|div)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])")]
    private static partial Regex EmphasisUnderscore();
}
