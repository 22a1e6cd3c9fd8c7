using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using static Loa.UnitTests.Plans.Import.WordDocumentBuilder;

namespace Loa.UnitTests.Plans.Import;

/// <summary>What to do with a header row that a PDF conversion repeated inside the task table.</summary>
internal enum RepeatedHeader
{
    /// <summary>Keep it as an ordinary row of the Word table (a converted document).</summary>
    KeepAsRow,

    /// <summary>Drop it: Word repeats the <c>tblHeader</c> row on every page by itself.</summary>
    Drop,
}

/// <summary>
/// A vertical merge in the task table: rows <see cref="First"/>…<see cref="Last"/> (by TT label) of a column, the
/// text taken from row <see cref="TextFrom"/>.
/// </summary>
internal sealed record VerticalMergeSpec(string First, string Last, int Column, string TextFrom);

/// <summary>How a sample plan is laid out in Word.</summary>
internal sealed class PlanDocxOptions
{
    /// <summary>The issuing body's lines in the header block ("ỦY BAN NHÂN DÂN", "XÃ CANH VINH").</summary>
    public required IReadOnlyList<string> BodyName { get; init; }

    /// <summary>"KẾ HOẠCH" and the subject in one paragraph separated by a soft line break.</summary>
    public bool TitleWithBreak { get; init; }

    /// <summary>The first two signature lines in one paragraph separated by a soft line break.</summary>
    public bool SignatureWithBreak { get; init; }

    public RepeatedHeader RepeatedHeader { get; init; } = RepeatedHeader.KeepAsRow;

    public IReadOnlyList<VerticalMergeSpec> VerticalMerges { get; init; } = [];

    /// <summary>Cells spanning columns (<c>gridSpan</c>), by row label and first column; the spanned cells must be empty.</summary>
    public IReadOnlyList<(string Label, int Column, int Span)> HorizontalMerges { get; init; } = [];
}

/// <summary>
/// Writes a plan given as text (like the files in <c>shared/plans</c>) as the Word document a commune would have:
/// a borderless two-column header block table (issuing body | motto, "Số: …" | place and date), a centred bold
/// title, parts and items numbered by Word's automatic numbering (I. / 1. / a) levels, and "-" bullets) wherever
/// Word would show the same label (else the label stays typed, as with "đ)"), Markdown headings as Heading styles,
/// bold and italic runs, task tables as real Word tables with a <c>tblHeader</c> row, bulleted cells and merged cells,
/// the recipients and signature as a two-column table, and the appendix after a section break.
/// </summary>
internal static partial class PlanDocx
{
    public static byte[] FromText(string text, PlanDocxOptions options)
    {
        var builder = new WordDocumentBuilder();
        new Converter(builder, options).Write(text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'));
        return builder.Build();
    }

    private sealed class Converter(WordDocumentBuilder builder, PlanDocxOptions options)
    {
        private readonly int?[] _counters = new int?[3];
        private List<string[]>? _table;

        public void Write(string[] lines)
        {
            var title = Array.FindIndex(lines, l => Plain(l) == "KẾ HOẠCH");
            var number = lines.Take(title).Select(Plain).First(l => l.StartsWith("Số:", StringComparison.Ordinal));
            var placeDate = lines.Take(title).Select(Plain).First(l => l.Contains(", ngày", StringComparison.Ordinal));
            HeaderBlock(number, placeDate);

            var i = title + 1;
            while (lines[i].Trim().Length == 0)
            {
                i++;
            }

            var subject = new List<string>();
            for (; i < lines.Length && lines[i].Trim().Length > 0; i++)
            {
                subject.Add(Plain(lines[i]));
            }

            Title(subject);

            var tail = Array.FindIndex(lines, i, l => Plain(l).StartsWith("Nơi nhận", StringComparison.Ordinal));
            for (; i < tail; i++)
            {
                var line = lines[i];
                if (line.Trim().Length == 0)
                {
                    continue;
                }

                if (line.Contains('\t', StringComparison.Ordinal))
                {
                    AddRow(line.Split('\t'));
                    continue;
                }

                FlushTable();
                BodyParagraph(line);
            }

            FlushTable();
            i = Tail(lines, tail);
            Appendix(lines, i);
        }

        private void HeaderBlock(string number, string placeDate)
        {
            var left = options.BodyName.Select((l, k) => Para([Run(l, bold: k > 0)], center: true)).ToList();
            var right = new[] { "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc" }.Select(l => Para([Run(l, bold: true)], center: true)).ToList();
            builder.Add(Table(
                [3600, 5700],
                [
                    Row([Cell(left), Cell(right)]),
                    Row([Cell([Para([Run(number)], center: true)]), Cell([Para([Run(placeDate, italic: true)], center: true)])]),
                ],
                borders: false));
            builder.Add(new Paragraph());
        }

        private void Title(List<string> subject)
        {
            if (options.TitleWithBreak)
            {
                var content = new List<OpenXmlElement> { Run("KẾ HOẠCH", bold: true) };
                foreach (var line in subject)
                {
                    content.Add(LineBreak());
                    content.Add(Run(line, bold: true));
                }

                builder.Add(Para(content, center: true));
                return;
            }

            builder.Add(Para([Run("KẾ HOẠCH", bold: true)], style: "Title"));
            foreach (var line in subject)
            {
                builder.Add(Para([Run(line, bold: true)], center: true));
            }
        }

        private void BodyParagraph(string line)
        {
            string? style = null;
            var heading = MarkdownHeading().Match(line);
            if (heading.Success)
            {
                style = "Heading" + heading.Groups[1].Value.Length;
                line = line[heading.Length..];
            }

            var runs = Runs(line.TrimEnd());
            var plain = string.Concat(runs.Select(r => r.Text));
            var (numId, level, markerLength) = Numbering(plain);
            if (numId is not null)
            {
                runs = RemovePrefix(runs, markerLength);
            }

            var roman = level == 0;
            builder.Add(Para(runs.Select(r => (OpenXmlElement)Run(r.Text, r.Bold || roman, r.Italic)), numId, level, style));
        }

        /// <summary>Word numbering for a typed label when Word would show that very label there; else none.</summary>
        private (int? NumId, int? Level, int MarkerLength) Numbering(string plain)
        {
            var bullet = BulletMarker().Match(plain);
            if (bullet.Success)
            {
                return (BulletList, 0, bullet.Length);
            }

            var marker = ItemMarker().Match(plain);
            if (!marker.Success)
            {
                return (null, null, 0);
            }

            var (level, label) = marker.Groups["roman"].Success ? (0, marker.Groups["roman"].Value)
                : marker.Groups["number"].Success ? (1, marker.Groups["number"].Value)
                : (2, marker.Groups["letter"].Value);
            var next = (_counters[level] ?? 0) + 1;
            var shown = level switch
            {
                0 => Roman(next),
                1 => next.ToString(System.Globalization.CultureInfo.InvariantCulture),
                _ => ((char)('a' + next - 1)).ToString(),
            };
            if (shown != label)
            {
                return (null, null, 0); // Word could not show this label ("đ)", a skipped number): typed
            }

            _counters[level] = next;
            for (var deeper = level + 1; deeper < _counters.Length; deeper++)
            {
                _counters[deeper] = null;
            }

            return (OutlineList, level, marker.Length);
        }

        private void AddRow(string[] cells)
        {
            if (_table is null)
            {
                _table = [cells];
                return;
            }

            var repeated = Squash(string.Join(' ', cells)) == Squash(string.Join(' ', _table[0]));
            if (!repeated || options.RepeatedHeader == RepeatedHeader.KeepAsRow)
            {
                _table.Add(cells);
            }
        }

        private void FlushTable()
        {
            if (_table is null)
            {
                return;
            }

            builder.Add(TaskTable(_table));
            _table = null;
        }

        private Table TaskTable(List<string[]> source)
        {
            var columns = source[0].Length;
            var rows = source.Select(r => r.Concat(Enumerable.Repeat("", Math.Max(0, columns - r.Length))).Take(columns).ToArray()).ToList();
            var merge = new string?[rows.Count, columns];
            var span = new int[rows.Count, columns];
            int RowOf(string label) => rows.FindIndex(r => r[0] == label);

            foreach (var spec in options.VerticalMerges)
            {
                var (first, last, from) = (RowOf(spec.First), RowOf(spec.Last), RowOf(spec.TextFrom));
                var text = rows[from][spec.Column];
                rows[from][spec.Column] = "";
                rows[first][spec.Column] = text;
                merge[first, spec.Column] = "restart";
                for (var r = first + 1; r <= last; r++)
                {
                    Require(rows[r][spec.Column].Length == 0, $"row {rows[r][0]} must be empty in column {spec.Column} to be merged");
                    merge[r, spec.Column] = "continue";
                }
            }

            foreach (var (label, column, width) in options.HorizontalMerges)
            {
                var r = RowOf(label);
                span[r, column] = width;
                for (var c = column + 1; c < column + width; c++)
                {
                    Require(rows[r][c].Length == 0, $"row {label} must be empty in column {c} to be spanned");
                    span[r, c] = -1;
                }
            }

            var widths = Enumerable.Range(0, columns).Select(c => c == 0 ? 700 : 13000 / (columns - 1)).ToList();
            var tableRows = new List<TableRow>();
            for (var r = 0; r < rows.Count; r++)
            {
                var cells = new List<TableCell>();
                for (var c = 0; c < columns; c++)
                {
                    if (span[r, c] < 0)
                    {
                        continue;
                    }

                    cells.Add(Cell(CellParagraphs(rows[r][c], bold: r == 0), Math.Max(1, span[r, c]), merge[r, c]));
                }

                tableRows.Add(Row(cells, header: r == 0));
            }

            return Table(widths, tableRows);
        }

        /// <summary>A cell "- a. - b" holds two bulleted paragraphs; any other text one paragraph.</summary>
        private static List<Paragraph> CellParagraphs(string text, bool bold)
        {
            var trimmed = text.Trim();
            if (trimmed.StartsWith("- ", StringComparison.Ordinal))
            {
                return [.. trimmed[2..].Split(" - ").Select(p => Para([Run(p.Trim(), bold)], BulletList, 0))];
            }

            return [Para(trimmed.Length == 0 ? [] : [Run(trimmed, bold)], center: bold)];
        }

        /// <summary>"Nơi nhận" and its items beside the signature, in a borderless two-column table.</summary>
        private int Tail(string[] lines, int start)
        {
            var left = new List<Paragraph> { Para([Run(Plain(lines[start]), bold: true, italic: true)]) };
            var i = start + 1;
            while (lines[i].Trim().Length == 0)
            {
                i++;
            }

            for (; i < lines.Length && lines[i].StartsWith("- ", StringComparison.Ordinal); i++)
            {
                left.Add(Para([Run(lines[i][2..])], BulletList, 0));
            }

            var signature = new List<string>();
            for (; i < lines.Length && Plain(lines[i]) != "PHỤ LỤC"; i++)
            {
                if (lines[i].Trim().Length > 0)
                {
                    signature.Add(Plain(lines[i]));
                }
            }

            var right = new List<Paragraph>();
            var offices = signature.Take(signature.Count - 1).ToList();
            if (options.SignatureWithBreak && offices.Count >= 2)
            {
                right.Add(Para([Run(offices[0], bold: true), LineBreak(), Run(offices[1], bold: true)], center: true));
                offices = offices.Skip(2).ToList();
            }

            right.AddRange(offices.Select(o => Para([Run(o, bold: true)], center: true)));
            right.AddRange(Enumerable.Range(0, 3).Select(_ => new Paragraph()));
            right.Add(Para([Run(signature[^1], bold: true)], center: true));
            builder.Add(Table([4300, 5000], [Row([Cell(left), Cell(right)])], borders: false));
            return i;
        }

        /// <summary>"PHỤ LỤC", its title and its table, on a landscape page after a section break.</summary>
        private void Appendix(string[] lines, int i)
        {
            if (i >= lines.Length)
            {
                return;
            }

            builder.Add(new Paragraph(new ParagraphProperties(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 }))));
            builder.Add(Para([PageBreak(), Run("PHỤ LỤC", bold: true)], center: true));
            for (i++; i < lines.Length; i++)
            {
                if (lines[i].Contains('\t', StringComparison.Ordinal))
                {
                    AddRow(lines[i].Split('\t'));
                }
                else if (lines[i].Trim().Length > 0)
                {
                    builder.Add(Para([Run(Plain(lines[i]), bold: true)], center: true));
                }
            }

            FlushTable();
        }
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }

    /// <summary>Markdown emphasis into runs: ***bold italic***, **bold**, *italic*.</summary>
    private static List<(string Text, bool Bold, bool Italic)> Runs(string text)
    {
        var runs = new List<(string, bool, bool)>();
        var bold = false;
        var italic = false;
        var current = new System.Text.StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '*')
            {
                current.Append(text[i]);
                continue;
            }

            var stars = 1;
            while (i + stars < text.Length && text[i + stars] == '*')
            {
                stars++;
            }

            if (current.Length > 0)
            {
                runs.Add((current.ToString(), bold, italic));
                current.Clear();
            }

            if (stars >= 2)
            {
                bold = !bold;
            }

            if (stars is 1 or 3)
            {
                italic = !italic;
            }

            i += stars - 1;
        }

        if (current.Length > 0)
        {
            runs.Add((current.ToString(), bold, italic));
        }

        return runs;
    }

    private static List<(string Text, bool Bold, bool Italic)> RemovePrefix(List<(string Text, bool Bold, bool Italic)> runs, int length)
    {
        var result = new List<(string Text, bool Bold, bool Italic)>();
        foreach (var run in runs)
        {
            if (length >= run.Text.Length)
            {
                length -= run.Text.Length;
                continue;
            }

            result.Add(run with { Text = run.Text[length..] });
            length = 0;
        }

        if (result.Count > 0)
        {
            result[0] = result[0] with { Text = result[0].Text.TrimStart() };
        }

        return result;
    }

    /// <summary>The text of a line without Markdown marks and hard-break spaces.</summary>
    private static string Plain(string line) => MarkdownHeading().Replace(line, "").Replace("*", "", StringComparison.Ordinal).Trim();

    private static string Squash(string text) => Regex.Replace(text, @"\s+", "");

    /// <summary>Roman numerals as parts are numbered (I, II, … LX …).</summary>
    public static string Roman(int value)
    {
        (int Value, string Symbol)[] steps = [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        if (value is <= 0 or >= 400)
        {
            throw new ArgumentOutOfRangeException(nameof(value));
        }

        var roman = new System.Text.StringBuilder();
        foreach (var (step, symbol) in steps)
        {
            for (; value >= step; value -= step)
            {
                roman.Append(symbol);
            }
        }

        return roman.ToString();
    }

    [GeneratedRegex(@"^(#{1,6})\s+")]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^(?:(?<roman>[IVXLC]+)\.|(?<number>\d{1,2})\.|(?<letter>[a-zđ])\))\s+")]
    private static partial Regex ItemMarker();

    [GeneratedRegex(@"^-\s+")]
    private static partial Regex BulletMarker();
}
