using System.Text;
using System.Text.RegularExpressions;
using Loa.Text;

namespace Loa.Plans.Parsing;

/// <summary>
/// Splits plan text into cleaned lines: NFC, unusual spaces and invisible characters removed, Markdown marks
/// stripped (noting bold lines, heading marks and hard line breaks), table rows split into cells, and page
/// numbers and decoration lines recognised so later stages can drop them.
/// </summary>
internal static partial class SourceLines
{
    public static List<SourceLine> Read(string text)
    {
        var normalized = Normalize(text);
        var raw = normalized.Split('\n');
        var lines = new List<SourceLine>(raw.Length);
        var boldOpen = false;
        for (var i = 0; i < raw.Length; i++)
        {
            if (boldOpen && raw[i].Trim().Length == 0 && !BoldGoesOn(raw, i + 1))
            {
                boldOpen = false; // emphasis ends with its paragraph, unless a page break only cut it
            }

            lines.Add(ReadLine(raw[i], i + 1, ref boldOpen));
        }

        return lines;
    }

    /// <summary>After a blank line inside a bold run: does the next text line close the run ("… hiệu quả.**")?</summary>
    private static bool BoldGoesOn(string[] raw, int from)
    {
        var sawText = false;
        for (var i = from; i < raw.Length && i < from + 12; i++)
        {
            var line = raw[i].Trim();
            if (line.Length == 0 || PageNumber().IsMatch(line))
            {
                if (sawText && line.Length == 0)
                {
                    return false; // the next paragraph ended without closing the run
                }

                continue;
            }

            var mark = line.IndexOf("**", StringComparison.Ordinal);
            if (mark == 0)
            {
                return false; // a new run opens: the old one was never closed
            }

            if (mark > 0)
            {
                return true;
            }

            sawText = true;
        }

        return false;
    }

    /// <summary>
    /// One kind of line break; no BOM, zero-width characters or soft hyphens; odd spaces made plain; then the rule for
    /// all text from outside (<see cref="InputText.Clean"/>: no other control or bidi characters, NFC).
    /// </summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\r':
                    builder.Append('\n');
                    if (i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\u2028' or '\u2029' or '\u0085':
                    builder.Append('\n');
                    break;
                case '\f' or '\v':
                    builder.Append("\n\n"); // a page break
                    break;
                case '\uFEFF' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\u00AD':
                    break;
                case '\u00A0' or '\u2007' or '\u202F' or '\u2002' or '\u2003' or '\u2009' or '\u3000':
                    builder.Append(' ');
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return InputText.Clean(builder.ToString())!;
    }

    private static SourceLine ReadLine(string raw, int number, ref bool boldOpen)
    {
        var hardBreak = raw.EndsWith("  ", StringComparison.Ordinal) || raw.TrimEnd().EndsWith('\\')
            || TrailingBreakTag().IsMatch(raw);
        var indent = Indent(raw);
        var trimmed = raw.Trim();
        if (trimmed.Length == 0)
        {
            return new SourceLine { Number = number, Kind = LineKind.Blank };
        }

        if (IsPipeRow(trimmed))
        {
            return PipeRow(trimmed, number);
        }

        if (raw.Contains('\t', StringComparison.Ordinal))
        {
            var row = TabRow(raw, number, indent);
            if (row is not null)
            {
                return row;
            }

            trimmed = InlineMarkup.CollapseSpaces(trimmed);
        }

        if (trimmed.EndsWith('\\'))
        {
            trimmed = trimmed[..^1];
        }

        var startsInBold = boldOpen;
        var cleaned = InlineMarkup.CleanLine(trimmed, ref boldOpen);
        var kind = Classify(cleaned.Text);
        IReadOnlyList<string> columns = [];
        if (kind == LineKind.Text && trimmed.Contains("   ", StringComparison.Ordinal))
        {
            columns = [.. SpacedColumns().Split(trimmed).Select(InlineMarkup.CleanCell).Where(c => c.Length > 0)];
        }

        return new SourceLine
        {
            Number = number,
            Kind = kind,
            Text = kind == LineKind.Blank ? "" : cleaned.Text,
            Raw = trimmed,
            Cells = columns,
            Bold = cleaned.Bold,
            StartsInBold = startsInBold,
            HeadingLevel = cleaned.HeadingLevel,
            HardBreak = hardBreak,
            Indent = indent,
        };
    }

    private static LineKind Classify(string text)
    {
        if (text.Length == 0)
        {
            return LineKind.Separator; // only marks ("**", "#")
        }

        if (PageNumber().IsMatch(text))
        {
            return LineKind.PageNumber;
        }

        return DecorationLine().IsMatch(text) ? LineKind.Separator : LineKind.Text;
    }

    private static int Indent(string raw)
    {
        var indent = 0;
        foreach (var c in raw)
        {
            if (c == ' ')
            {
                indent++;
            }
            else if (c == '\t')
            {
                indent += 4;
            }
            else
            {
                break;
            }
        }

        return indent;
    }

    private static bool IsPipeRow(string trimmed) =>
        trimmed.Length > 2 && trimmed[0] == '|' && trimmed.Count(c => c == '|') >= 2;

    private static SourceLine PipeRow(string trimmed, int number)
    {
        var inner = trimmed[1..];
        if (inner.EndsWith('|') && !inner.EndsWith("\\|", StringComparison.Ordinal))
        {
            inner = inner[..^1];
        }

        var cells = EscapedPipe().Split(inner);
        if (cells.All(c => TableRule().IsMatch(c)))
        {
            return new SourceLine { Number = number, Kind = LineKind.Separator, Text = trimmed };
        }

        return TableLine(number, [.. cells.Select(c => InlineMarkup.CleanCell(c.Replace("\\|", "|", StringComparison.Ordinal)))], 0);
    }

    /// <summary>A tab-separated line is a table row when it has two filled cells, or three cells with one filled (a continuation row).</summary>
    private static SourceLine? TabRow(string raw, int number, int indent)
    {
        var cells = raw.TrimEnd(' ', '\r').Split('\t').Select(InlineMarkup.CleanCell).ToList();
        var last = cells.FindLastIndex(c => c.Length > 0);
        var filled = cells.Count(c => c.Length > 0);
        if (filled == 0)
        {
            return null;
        }

        // "1.<tab>Mục đích", "-<tab>Nội dung": a converter's tab after a list marker, not a table.
        var first = cells.FindIndex(c => c.Length > 0);
        if (filled == 2 && last == first + 1 && ItemLabels.IsMarkerOnly(cells[first]) && cells.Count - first <= 2)
        {
            return null;
        }

        if (filled >= 2 || (cells.Count >= 3 && first > 0))
        {
            return TableLine(number, cells, indent);
        }

        return null;
    }

    private static SourceLine TableLine(int number, List<string> cells, int indent) => new()
    {
        Number = number,
        Kind = LineKind.Table,
        Cells = cells,
        Text = string.Join(' ', cells.Where(c => c.Length > 0)),
        Indent = indent,
    };

    [GeneratedRegex(@"\s{3,}")]
    private static partial Regex SpacedColumns();

    [GeneratedRegex(@"<br\s*/?>\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingBreakTag();

    [GeneratedRegex(@"^(?:(?:[-–—]\s*)?\d{1,3}(?:\s*[-–—])?|(?:[Tt]rang|TRANG)\s+\d{1,3}(?:\s*/\s*\d{1,3})?|\d{1,3}\s*/\s*\d{1,3})$")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^[-_=~—–─━*.·•\s]{3,}$")]
    private static partial Regex DecorationLine();

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex EscapedPipe();

    [GeneratedRegex(@"^\s*:?-{2,}:?\s*$")]
    private static partial Regex TableRule();
}
