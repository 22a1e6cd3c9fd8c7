using System.Text;
using Loa.Plans.Parsing;

namespace Loa.Plans.Import;

/// <summary>
/// The text of one Word paragraph as the reader collects it: its visible runs in order, cut into lines at soft
/// line breaks (<c>w:br</c>), each line knowing how much of it is bold; and the paragraph's numbering label.
/// </summary>
internal sealed class DocxParagraph
{
    private readonly List<Line> _lines = [new()];

    /// <summary>The label Word's numbering shows before the text ("I.", "1.", "a)", "-"), or null.</summary>
    public string? Label { get; set; }

    /// <summary>Centred (a title block, a signature line).</summary>
    public bool Centered { get; set; }

    /// <summary>The paragraph has an outline level (a Heading style).</summary>
    public bool Heading { get; set; }

    public void Append(string text, bool bold)
    {
        var line = _lines[^1];
        foreach (var c in text)
        {
            line.Text.Append(c);
            if (!char.IsWhiteSpace(c))
            {
                if (bold)
                {
                    line.BoldChars++;
                }
                else
                {
                    line.PlainChars++;
                }
            }
        }
    }

    public void Append(char c, bool bold) => Append(c.ToString(), bold);

    public void BreakLine() => _lines.Add(new Line());

    /// <summary>No visible text at all.</summary>
    public bool IsEmpty => _lines.All(l => l.BoldChars + l.PlainChars == 0);

    /// <summary>
    /// The lines as the parser should read them, the label before the first that has text: tabs after a leading list marker
    /// become one space, other tabs three spaces (columns the header and signature readers split on), empty lines
    /// dropped. Each line says whether all its text is bold.
    /// </summary>
    public List<(string Text, bool Bold)> Lines(bool tabsAsColumns)
    {
        var result = new List<(string, bool)>(_lines.Count);
        foreach (var line in _lines)
        {
            var text = Clean(line.Text.ToString(), tabsAsColumns);
            if (text.Length == 0)
            {
                continue; // an empty numbered paragraph shows its number alone: nothing to read
            }

            if (result.Count == 0 && Label is { Length: > 0 } label)
            {
                text = label + " " + text;
            }

            result.Add((text, line.BoldChars > 0 && line.PlainChars == 0));
        }

        return result;
    }

    /// <summary>
    /// The paragraph's cells when it is one line holding tabs (a table row written with tabs), each trimmed; empty
    /// leading cells kept (a continuation row); null when it has no tab between texts or several lines.
    /// </summary>
    public List<string>? TabCells()
    {
        if (_lines.Count(l => l.BoldChars + l.PlainChars > 0) != 1)
        {
            return null;
        }

        var text = _lines.First(l => l.BoldChars + l.PlainChars > 0).Text.ToString().TrimEnd(' ');
        if (!text.Contains('\t', StringComparison.Ordinal))
        {
            return null;
        }

        var cells = text.Split('\t').Select(c => c.Trim()).ToList();
        if (Label is { Length: > 0 } label)
        {
            cells[0] = (label + " " + cells[0]).Trim();
        }

        return cells;
    }

    /// <summary>All the text on one line (a cell of a data table): lines joined by a space, tabs as spaces.</summary>
    public string JoinedText()
    {
        var lines = Lines(tabsAsColumns: false);
        return lines.Count == 1 ? lines[0].Text : string.Join(' ', lines.Select(l => l.Text));
    }

    private static string Clean(string text, bool tabsAsColumns)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || !trimmed.AsSpan().ContainsAny('\t', '\n'))
        {
            return trimmed;
        }

        var builder = new StringBuilder(trimmed.Length + 8);
        var i = 0;
        while (i < trimmed.Length)
        {
            var c = trimmed[i];
            if (c is not ('\t' or '\n'))
            {
                builder.Append(c);
                i++;
                continue;
            }

            // A run of white space holding a tab.
            var end = i;
            while (end < trimmed.Length && char.IsWhiteSpace(trimmed[end]))
            {
                end++;
            }

            while (builder.Length > 0 && builder[^1] == ' ')
            {
                builder.Length--;
            }

            var afterMarker = ItemLabels.IsMarkerOnly(builder.ToString());
            builder.Append(tabsAsColumns && !afterMarker ? "   " : " ");
            i = end;
        }

        return builder.ToString();
    }

    private sealed class Line
    {
        public StringBuilder Text { get; } = new();

        public int BoldChars { get; set; }

        public int PlainChars { get; set; }
    }
}
