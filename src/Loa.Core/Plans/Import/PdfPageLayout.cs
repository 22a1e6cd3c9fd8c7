using Loa.Plans.Parsing;
using UglyToad.PdfPig.Content;

namespace Loa.Plans.Import;

/// <summary>
/// The lines of one PDF page, rebuilt from where its words stand (a PDF has no paragraphs or tables, only placed
/// words). Words on one baseline are a line; a gap wider than about a letter's height splits a line into
/// segments (columns). A run of lines whose segments keep to three or more columns that no line crosses is a
/// table: its rows are found by the vertical gaps between them (cells padded, text centred or not) or, when rows
/// are not spaced apart, by a new text in the first column, and each row is written as its cells joined by tabs.
/// Other lines are written with their segments three spaces apart (the header block, the signature), a whole-bold
/// numbered line as <c>**…**</c>, and a blank line where the gap between lines is wider than between lines of a paragraph.
/// Nothing here knows a plan: only positions, sizes and bold fonts.
/// </summary>
internal static class PdfPageLayout
{
    /// <summary>
    /// The page's lines. <paramref name="carried"/> holds the columns of a table that ended the previous page and
    /// is set to those of a table that ends this one (or null).
    /// </summary>
    public static List<string> Lines(IReadOnlyList<Word> words, ref IReadOnlyList<(double Left, double Right)>? carried)
    {
        var height = Median(words.Select(w => w.BoundingBox.Height)) is var h && h > 0 ? h : 8;
        var lines = VisualLines(words, height);
        var output = new List<string>();
        var pitch = Median(lines.Zip(lines.Skip(1), (a, b) => a.Baseline - b.Baseline).Where(g => g > 0.8 * height));
        if (pitch <= 0)
        {
            pitch = 1.3 * height;
        }

        var i = 0;
        PdfLine? previous = null;
        while (i < lines.Count)
        {
            var table = PdfTable.From(lines, i, i == 0 ? carried : null);
            carried = null;
            if (table is not null)
            {
                carried = table.End == lines.Count ? table.Columns : null;
                if (output.Count > 0 && output[^1].Length > 0)
                {
                    output.Add("");
                }

                output.AddRange(table.Rows(height));
                output.Add("");
                i = table.End;
                previous = null;
                continue;
            }

            var line = lines[i];
            if (previous is not null && previous.Baseline - line.Baseline > 1.45 * pitch && output[^1].Length > 0)
            {
                output.Add("");
            }

            output.Add(line.Text());
            previous = line;
            i++;
        }

        return output;
    }

    /// <summary>Words grouped by baseline, top of the page first, each line's words left to right.</summary>
    private static List<PdfLine> VisualLines(IReadOnlyList<Word> words, double height)
    {
        var lines = new List<PdfLine>();
        foreach (var word in words.OrderByDescending(Baseline).ThenBy(w => w.BoundingBox.Left))
        {
            var baseline = Baseline(word);
            var line = lines.Count > 0 && Math.Abs(lines[^1].Baseline - baseline) <= 0.4 * height ? lines[^1] : null;
            if (line is null)
            {
                line = new PdfLine(baseline);
                lines.Add(line);
            }

            line.Words.Add(word);
        }

        foreach (var line in lines)
        {
            line.Words.Sort((a, b) => a.BoundingBox.Left.CompareTo(b.BoundingBox.Left));
            line.Split(0.9 * height);
        }

        return lines;
    }

    private static double Baseline(Word word) => word.Letters.Count > 0 ? word.Letters[0].StartBaseLine.Y : word.BoundingBox.Bottom;

    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[sorted.Count / 2];
    }
}

/// <summary>One line of a page: its words and the segments (runs of words with no wide gap) they form.</summary>
internal sealed class PdfLine(double baseline)
{
    public double Baseline { get; } = baseline;

    public List<Word> Words { get; } = [];

    public List<PdfSegment> Segments { get; } = [];

    public void Split(double gap)
    {
        Segments.Clear();
        foreach (var word in Words)
        {
            if (Segments.Count > 0 && word.BoundingBox.Left - Segments[^1].Right <= gap)
            {
                Segments[^1].Add(word);
            }
            else
            {
                Segments.Add(new PdfSegment(word));
            }
        }
    }

    /// <summary>The line as text: segments three spaces apart (columns), a whole-bold numbered line in <c>**</c>.</summary>
    public string Text()
    {
        var text = string.Join("   ", Segments.Select(s => s.Text));
        var bold = Words.All(w => w.Letters.All(l => l.Value.Trim().Length == 0 || IsBold(l.FontName)));
        return bold && Segments.Count == 1 && ItemLabels.Parse(text).IsItem ? "**" + text + "**" : text;
    }

    private static bool IsBold(string? font) =>
        font is not null && (font.Contains("Bold", StringComparison.OrdinalIgnoreCase) || font.Contains("Black", StringComparison.OrdinalIgnoreCase)
            || font.Contains("Heavy", StringComparison.OrdinalIgnoreCase));
}

/// <summary>Words of a line with no wide gap between them: one cell's line, or one column's.</summary>
internal sealed class PdfSegment
{
    private readonly List<Word> _words = [];

    public PdfSegment(Word first) => Add(first);

    public double Left => _words[0].BoundingBox.Left;

    public double Right { get; private set; }

    public string Text => string.Join(' ', _words.Select(w => w.Text));

    public void Add(Word word)
    {
        _words.Add(word);
        Right = Math.Max(Right, word.BoundingBox.Right);
    }
}
