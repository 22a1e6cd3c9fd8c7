namespace Loa.Plans.Import;

/// <summary>
/// A table found on a PDF page: from a line of three or more segments, the following lines whose segments each
/// stay within one column (no segment reaches over the gap between two columns); a line that crosses a gap (body
/// text, a heading after the table) ends it. The columns are the horizontal extents the lines' segments cover.
/// </summary>
internal sealed class PdfTable
{
    private const int MinColumns = 3;

    private readonly List<PdfLine> _lines;
    private readonly List<(double Left, double Right)> _columns;

    private PdfTable(List<PdfLine> lines, List<(double Left, double Right)> columns, int end)
    {
        _lines = lines;
        _columns = columns;
        End = end;
    }

    /// <summary>The index of the first line after the table.</summary>
    public int End { get; }

    /// <summary>The columns' extents: given to the next page, where the table may go on.</summary>
    public IReadOnlyList<(double Left, double Right)> Columns => _columns;

    /// <summary>
    /// The table starting at <paramref name="start"/>, or null when that line does not start one. On a page's first
    /// line, <paramref name="carried"/> are the columns of a table that ended the previous page: a line that keeps
    /// to them goes on with that table (a row split by the page break) even with fewer than three segments.
    /// </summary>
    public static PdfTable? From(List<PdfLine> lines, int start, IReadOnlyList<(double Left, double Right)>? carried = null)
    {
        var continued = start == 0 && carried is not null && !Crosses([.. carried], lines[start]);
        if (lines[start].Segments.Count < MinColumns && !continued)
        {
            return null;
        }

        var columns = continued ? [.. carried!] : new List<(double Left, double Right)>();
        Cover(columns, lines[start]);
        var end = start + 1;
        while (end < lines.Count && !Crosses(columns, lines[end]))
        {
            Cover(columns, lines[end]);
            end++;
        }

        return (end - start >= 2 || continued) && columns.Count >= MinColumns ? new PdfTable(lines[start..end], columns, end) : null;
    }

    /// <summary>
    /// The rows, cells joined by tabs. When some gap between lines is much wider than a line's height, rows are
    /// padded apart and a wide gap starts a row (the text of a cell may be centred, its first column mid-row);
    /// otherwise each line with text in the first column starts a row and the others continue it.
    /// </summary>
    public List<string> Rows(double height)
    {
        var rowGap = 2.2 * height;
        var spaced = _lines.Zip(_lines.Skip(1), (a, b) => a.Baseline - b.Baseline).Any(g => g > rowGap);
        var rows = new List<List<string>[]>();
        PdfLine? previous = null;
        foreach (var line in _lines)
        {
            var cells = new List<string>[_columns.Count];
            foreach (var segment in line.Segments)
            {
                var column = Column(segment);
                (cells[column] ??= []).Add(segment.Text);
            }

            var newRow = rows.Count == 0
                || (spaced ? previous!.Baseline - line.Baseline > rowGap : cells[0] is not null);
            if (newRow)
            {
                rows.Add(new List<string>[_columns.Count]);
            }

            for (var c = 0; c < cells.Length; c++)
            {
                if (cells[c] is { } texts)
                {
                    (rows[^1][c] ??= []).AddRange(texts);
                }
            }

            previous = line;
        }

        return [.. rows.Select(r => string.Join('\t', r.Select(c => c is null ? "" : string.Join(' ', c))))];
    }

    private int Column(PdfSegment segment)
    {
        var best = 0;
        var bestOverlap = double.MinValue;
        for (var c = 0; c < _columns.Count; c++)
        {
            var overlap = Math.Min(segment.Right, _columns[c].Right) - Math.Max(segment.Left, _columns[c].Left);
            if (overlap > bestOverlap)
            {
                (best, bestOverlap) = (c, overlap);
            }
        }

        return best;
    }

    /// <summary>A segment of the line overlaps two columns: it reaches over the gap between them.</summary>
    private static bool Crosses(List<(double Left, double Right)> columns, PdfLine line) =>
        line.Segments.Any(s => columns.Count(c => s.Left < c.Right - 0.5 && s.Right > c.Left + 0.5) >= 2);

    /// <summary>Adds the line's segments to the columns' extents, merging extents that come to overlap.</summary>
    private static void Cover(List<(double Left, double Right)> columns, PdfLine line)
    {
        foreach (var segment in line.Segments)
        {
            columns.Add((segment.Left, segment.Right));
        }

        columns.Sort((a, b) => a.Left.CompareTo(b.Left));
        for (var i = columns.Count - 1; i > 0; i--)
        {
            if (columns[i].Left <= columns[i - 1].Right + 0.5)
            {
                columns[i - 1] = (columns[i - 1].Left, Math.Max(columns[i - 1].Right, columns[i].Right));
                columns.RemoveAt(i);
            }
        }
    }
}
