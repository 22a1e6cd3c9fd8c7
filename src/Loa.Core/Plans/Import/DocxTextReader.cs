using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Loa.Plans.Parsing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Loa.Plans.Import;

/// <summary>The text a Word document gives the parser, line by line, and what the officer should know about it.</summary>
internal sealed record DocxText(List<string> Lines, List<string> Warnings);

/// <summary>
/// Reads the body of a Word document (<c>word/document.xml</c>) into the text form the plan parser understands:
/// one line per paragraph with blank lines between paragraphs; Word numbering written out as its labels; a whole
/// bold numbered line as <c>**…**</c>; soft line breaks as new lines; a table row as its cells joined by tabs;
/// the two-column header block and signature tables as the lines they show side by side. Page headers and
/// footers, page-number fields, hidden text and deleted revisions are left out; so are footnotes, comments,
/// images and tables of contents, with a warning; inserted revisions are read; text boxes are read as paragraphs
/// before the paragraph they are anchored in, with a warning.
/// </summary>
internal sealed partial class DocxTextReader
{
    /// <summary>
    /// Tables this narrow without a task-table header row are layout (header block, signature), not data; so are
    /// wider ones holding a header or signature cell ("Nơi nhận", "TM.", the motto, "Số:").
    /// </summary>
    private const int LayoutTableMaxColumns = 3;

    /// <summary>Lines after "Nơi nhận" are written without blank lines between them, as the recipients list expects.</summary>
    private const int RecipientsMaxLines = 40;

    private static readonly HashSet<string> HiddenFields = new(StringComparer.Ordinal)
    {
        "PAGE", "NUMPAGES", "SECTIONPAGES", "SECTION", "PAGEREF", "TOC", "NOTEREF", "FILENAME", "FILESIZE",
    };

    private readonly WordStyles _styles;
    private readonly WordNumbering _numbering;
    private readonly List<string> _lines = [];
    private readonly List<FieldFrame> _fields = [];
    private readonly List<string> _mergeNotes = [];
    private readonly List<TextBoxContent> _pendingTextBoxes = [];
    private Emitted _previous = Emitted.Nothing;
    private int _recipientLines = -1;
    private bool _inTabTable;
    private int _revisions;
    private int _textBoxes;
    private int _images;
    private int _notes;
    private int _comments;
    private int _tablesOfContents;
    private int _embedded;

    private DocxTextReader(MainDocumentPart main)
    {
        _styles = new WordStyles(main.StyleDefinitionsPart?.Styles);
        _numbering = new WordNumbering(main.NumberingDefinitionsPart?.Numbering, _styles);
    }

    private enum Emitted
    {
        Nothing,
        Paragraph,
        CenteredParagraph,
        Table,
        TabRow,
    }

    public static DocxText Read(WordprocessingDocument document)
    {
        var main = document.MainDocumentPart;
        var body = main?.Document?.Body;
        if (main is null || body is null)
        {
            return new DocxText([], []);
        }

        var reader = new DocxTextReader(main);
        reader.ReadBlocks(body.ChildElements);
        return new DocxText(reader._lines, reader.Warnings());
    }

    private void ReadBlocks(IEnumerable<OpenXmlElement> elements)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    var read = ReadParagraph(paragraph);
                    EmitTextBoxes(); // a text box comes where it is anchored: before its paragraph's text
                    EmitParagraph(read);
                    break;
                case Table table:
                    EmitTable(table);
                    break;
                case SdtBlock sdt:
                    ReadBlocks(sdt.SdtContentBlock?.ChildElements ?? Enumerable.Empty<OpenXmlElement>());
                    break;
                case CustomXmlBlock custom:
                    ReadBlocks(custom.ChildElements);
                    break;
                case AltChunk:
                    _embedded++;
                    break;
                default:
                    break; // section properties, bookmarks, revision marks without content
            }
        }
    }

    // ---- Paragraphs -------------------------------------------------------------------------------------------

    private DocxParagraph ReadParagraph(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        var styleId = properties?.ParagraphStyleId?.Val?.Value ?? _styles.DefaultParagraphStyle;
        var content = new DocxParagraph
        {
            Centered = _styles.IsCentered(properties, styleId),
            Heading = _styles.IsOutlineHeading(properties, styleId),
        };
        ReadInline(paragraph.ChildElements, content, styleId);

        var markDeleted = properties?.ParagraphMarkRunProperties?.GetFirstChild<Deleted>() is not null;
        if (markDeleted)
        {
            _revisions++;
            if (content.IsEmpty)
            {
                CloseParagraphFields();
                return content; // a paragraph deleted as a whole: not shown, not numbered
            }
        }

        if (!InFieldInstructionOrHiddenResult())
        {
            content.Label = NumberingLabel(properties, styleId);
        }

        CloseParagraphFields();
        return content;
    }

    private string? NumberingLabel(ParagraphProperties? properties, string? styleId)
    {
        var numPr = properties?.NumberingProperties;
        var numId = numPr?.NumberingId?.Val?.Value;
        var level = numPr?.NumberingLevelReference?.Val?.Value;
        if (numId is null)
        {
            var fromStyle = _styles.StyleNumbering(styleId);
            numId = fromStyle.NumId;
            level ??= fromStyle.Level;
        }

        return numId is null or 0 ? null : _numbering.Next(numId.Value, level, styleId);
    }

    private void ReadInline(IEnumerable<OpenXmlElement> elements, DocxParagraph content, string? styleId)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case Run run:
                    ReadRun(run, content, styleId);
                    break;
                case DeletedRun or MoveFromRun:
                    _revisions++;
                    break;
                case InsertedRun or MoveToRun:
                    _revisions++;
                    ReadInline(element.ChildElements, content, styleId);
                    break;
                case SimpleField field:
                    if (!HiddenFields.Contains(FieldName(field.Instruction?.Value)))
                    {
                        ReadInline(field.ChildElements, content, styleId);
                    }

                    break;
                case ParagraphProperties or RunProperties:
                    break;
                case AlternateContent alternate:
                    CountObjects(alternate);
                    break;
                default:
                    // Hyperlinks, content controls, smart tags, custom XML: their runs are the paragraph's.
                    if (element.HasChildren)
                    {
                        ReadInline(element.ChildElements, content, styleId);
                    }

                    break;
            }
        }
    }

    private void ReadRun(Run run, DocxParagraph content, string? styleId)
    {
        var properties = run.RunProperties;
        var bold = _styles.IsBold(properties, styleId);
        var hidden = _styles.IsHidden(properties);
        foreach (var child in run.ChildElements)
        {
            switch (child)
            {
                case FieldChar fieldChar:
                    Field(fieldChar.FieldCharType?.InnerText);
                    continue;
                case FieldCode code:
                    if (_fields.Count > 0 && !_fields[^1].InResult)
                    {
                        _fields[^1].Instruction.Append(code.Text);
                    }

                    continue;
                default:
                    break;
            }

            if (hidden || InFieldInstructionOrHiddenResult())
            {
                continue;
            }

            switch (child)
            {
                case WordText text:
                    content.Append(text.Text, bold);
                    break;
                case TabChar or PositionalTab:
                    content.Append('\t', bold);
                    break;
                case Break br:
                    var type = br.Type?.InnerText;
                    if (type is "page" or "column")
                    {
                        content.Append(' ', bold);
                    }
                    else
                    {
                        content.BreakLine();
                    }

                    break;
                case CarriageReturn:
                    content.BreakLine();
                    break;
                case NoBreakHyphen:
                    content.Append('-', bold);
                    break;
                case FootnoteReference or EndnoteReference:
                    _notes++;
                    break;
                case CommentReference:
                    _comments++;
                    break;
                case Drawing or Picture or EmbeddedObject or AlternateContent:
                    CountObjects(child);
                    break;
                default:
                    break; // soft hyphens, page-number marks, last-rendered page breaks, symbols
            }
        }
    }

    /// <summary>
    /// A drawing, picture or alternate content: its text boxes (<c>w:txbxContent</c>) are kept to be read as
    /// paragraphs of their own (counted for a warning), pictures without text are counted.
    /// </summary>
    private void CountObjects(OpenXmlElement element)
    {
        var boxes = new List<TextBoxContent>();
        FindTextBoxes(element, boxes);
        boxes.RemoveAll(b => !b.Descendants<WordText>().Any(t => t.Text.Trim().Length > 0));
        if (boxes.Count > 0)
        {
            _textBoxes += boxes.Count;
            _pendingTextBoxes.AddRange(boxes);
        }
        else if (element.Descendants().Any(d => d.LocalName == "blip" || d.LocalName == "imagedata"))
        {
            _images++;
        }
    }

    /// <summary>
    /// The outermost text boxes under <paramref name="element"/>. Of an <c>mc:AlternateContent</c> only the first
    /// branch that has one counts (the Choice's DrawingML box and the Fallback's VML box hold the same text).
    /// </summary>
    private static void FindTextBoxes(OpenXmlElement element, List<TextBoxContent> boxes)
    {
        if (element is TextBoxContent box)
        {
            boxes.Add(box);
            return;
        }

        if (element is AlternateContent)
        {
            foreach (var branch in element.ChildElements)
            {
                var found = new List<TextBoxContent>();
                FindTextBoxes(branch, found);
                if (found.Count > 0)
                {
                    boxes.AddRange(found);
                    return;
                }
            }

            return;
        }

        foreach (var child in element.ChildElements)
        {
            FindTextBoxes(child, boxes);
        }
    }

    /// <summary>The text boxes met in the paragraph just read, written as the paragraphs and tables they hold.</summary>
    private void EmitTextBoxes()
    {
        if (_pendingTextBoxes.Count == 0)
        {
            return;
        }

        var boxes = _pendingTextBoxes.ToList();
        _pendingTextBoxes.Clear();
        foreach (var box in boxes)
        {
            ReadBlocks(box.ChildElements);
        }
    }

    /// <summary>The text boxes met in a cell's paragraph, as paragraphs of that cell.</summary>
    private List<DocxParagraph> TextBoxParagraphs()
    {
        var boxes = _pendingTextBoxes.ToList();
        _pendingTextBoxes.Clear();
        return [.. boxes.SelectMany(b => ReadCellParagraphs(b.ChildElements))];
    }

    // ---- Fields -----------------------------------------------------------------------------------------------

    private sealed class FieldFrame
    {
        public StringBuilder Instruction { get; } = new();

        public bool InResult { get; set; }

        public bool Hidden { get; set; }

        public string Name { get; set; } = "";
    }

    /// <summary>
    /// At the end of a paragraph, fields still open are dropped unless they are a table of contents (whose result
    /// spans paragraphs): a field whose end is missing from a damaged document must not hide the rest of it.
    /// </summary>
    private void CloseParagraphFields() => _fields.RemoveAll(f => !(f.InResult && f.Name == "TOC"));

    private void Field(string? type)
    {
        switch (type)
        {
            case "begin":
                _fields.Add(new FieldFrame());
                break;
            case "separate" when _fields.Count > 0:
                var frame = _fields[^1];
                frame.InResult = true;
                var name = FieldName(frame.Instruction.ToString());
                frame.Name = name;
                frame.Hidden = HiddenFields.Contains(name);
                if (name == "TOC")
                {
                    _tablesOfContents++;
                }

                break;
            case "end" when _fields.Count > 0:
                _fields.RemoveAt(_fields.Count - 1);
                break;
            default:
                break;
        }
    }

    /// <summary>Inside a field's instruction, or inside the result of a page-number or table-of-contents field.</summary>
    private bool InFieldInstructionOrHiddenResult()
    {
        foreach (var frame in _fields)
        {
            if (!frame.InResult || frame.Hidden)
            {
                return true;
            }
        }

        return false;
    }

    private static string FieldName(string? instruction)
    {
        var trimmed = (instruction ?? "").TrimStart();
        var end = 0;
        while (end < trimmed.Length && char.IsLetter(trimmed[end]))
        {
            end++;
        }

        return trimmed[..end].ToUpperInvariant();
    }

    // ---- Writing paragraphs -----------------------------------------------------------------------------------

    private void EmitParagraph(DocxParagraph paragraph)
    {
        var lines = paragraph.Lines(tabsAsColumns: true);
        if (lines.Count == 0)
        {
            if (_recipientLines > 0)
            {
                _recipientLines = -1; // an empty paragraph ends the recipients list (not one between "Nơi nhận:" and its first item)
            }

            return;
        }

        if (TabTableRow(paragraph) is { } row)
        {
            EmitTabRow(row);
            return;
        }

        var first = lines[0].Text;
        var inRecipients = _recipientLines >= 0 && _recipientLines < RecipientsMaxLines;
        var tight = _previous switch
        {
            Emitted.Nothing => true,
            Emitted.Table or Emitted.TabRow => false,
            Emitted.CenteredParagraph when paragraph.Centered => true, // a title or signature block: its lines belong together
            _ => inRecipients, // "Nơi nhận:" and its items: a list the parser reads line by line
        };
        if (!tight)
        {
            _lines.Add("");
        }

        for (var i = 0; i < lines.Count; i++)
        {
            var (text, bold) = lines[i];
            if ((bold || (paragraph.Heading && i == 0)) && !text.Contains('*', StringComparison.Ordinal) && ItemLabels.Parse(text).IsItem)
            {
                text = "**" + text + "**"; // a bold numbered line: a heading to the parser
            }

            // A bold line broken from plain text after it: a Markdown hard break keeps them apart.
            if (i + 1 < lines.Count && bold && !lines[i + 1].Bold)
            {
                text += "  ";
            }

            _lines.Add(text);
        }

        _previous = paragraph.Centered ? Emitted.CenteredParagraph : Emitted.Paragraph;
        if (inRecipients)
        {
            _recipientLines += lines.Count;
        }
        else if (RecipientsHeading().IsMatch(first))
        {
            _recipientLines = 0;
        }
    }

    // ---- Tables written as tab-separated paragraphs ---------------------------------------------------------

    /// <summary>
    /// The cells of a paragraph that is a row of a table written with tabs (what LibreOffice makes of a text file's
    /// table, or a table typed with tab stops): from a paragraph that is a task-table header row ("TT⇥Nhiệm vụ⇥Cơ
    /// quan chủ trì…") to the first paragraph without a tab-separated row, empty paragraphs (page breaks) between.
    /// Null for any other paragraph.
    /// </summary>
    private List<string>? TabTableRow(DocxParagraph paragraph)
    {
        var cells = paragraph.TabCells();
        var filled = cells?.Count(c => c.Length > 0) ?? 0;
        var isRow = cells is not null && (filled >= 2 || (cells.Count >= 3 && cells[0].Length == 0 && filled >= 1));
        if (!isRow)
        {
            _inTabTable = false;
            return null;
        }

        _inTabTable |= TaskTableReader.IsHeaderRow(cells!);
        return _inTabTable ? cells : null;
    }

    private void EmitTabRow(List<string> cells)
    {
        if (_previous is not (Emitted.Nothing or Emitted.TabRow))
        {
            _lines.Add("");
        }

        _recipientLines = -1;
        _lines.Add(string.Join('\t', cells));
        _previous = Emitted.TabRow;
    }

    // ---- Tables -----------------------------------------------------------------------------------------------

    /// <summary>One cell as read: its paragraphs, or nothing for the continuation of a vertical merge.</summary>
    private sealed record Cell(List<DocxParagraph> Paragraphs, bool MergedFromAbove, bool StartsMerge)
    {
        public static readonly Cell Empty = new([], MergedFromAbove: false, StartsMerge: false);

        public string Text => Paragraphs.Count == 1
            ? Paragraphs[0].JoinedText()
            : string.Join(' ', Paragraphs.Select(p => p.JoinedText()).Where(t => t.Length > 0));
    }

    private void EmitTable(Table table)
    {
        var rows = ReadRows(table);
        var texts = rows.Select(r => r.Select(c => c.Text).ToList()).ToList();
        if (texts.All(r => r.All(c => c.Length == 0)))
        {
            return;
        }

        var columns = rows.Max(r => r.Count);
        var layout = !texts.Any(TaskTableReader.IsHeaderRow)
            && (columns <= LayoutTableMaxColumns || texts.Any(r => r.Any(c => LayoutCell().IsMatch(c))));
        if (_previous != Emitted.Nothing)
        {
            _lines.Add("");
        }

        _recipientLines = -1;
        if (layout)
        {
            EmitLayoutRows(rows);
        }
        else
        {
            foreach (var row in texts.Where(r => r.Any(c => c.Length > 0)))
            {
                _lines.Add(string.Join('\t', row));
            }

            NoteVerticalMerges(rows, texts);
        }

        _previous = Emitted.Table;
    }

    private List<List<Cell>> ReadRows(Table table)
    {
        var rows = new List<List<Cell>>();
        foreach (var row in Rows(table))
        {
            var rowProperties = row.TableRowProperties;
            if (rowProperties?.GetFirstChild<Deleted>() is not null)
            {
                _revisions++;
                continue; // a deleted row
            }

            var cells = new List<Cell>();
            AddEmpty(cells, rowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0);
            foreach (var cell in Cells(row))
            {
                var cellProperties = cell.TableCellProperties;
                var merge = cellProperties?.VerticalMerge;
                var mergeValue = merge?.Val?.InnerText;
                var continues = merge is not null && mergeValue is null or "continue";
                var paragraphs = ReadCellParagraphs(cell.ChildElements);
                cells.Add(continues
                    ? new Cell([], MergedFromAbove: true, StartsMerge: false)
                    : new Cell(paragraphs, MergedFromAbove: false, StartsMerge: mergeValue == "restart"));
                AddEmpty(cells, (cellProperties?.GridSpan?.Val?.Value ?? 1) - 1);
            }

            AddEmpty(cells, rowProperties?.GetFirstChild<GridAfter>()?.Val?.Value ?? 0);
            rows.Add(cells);
        }

        return rows;
    }

    private static void AddEmpty(List<Cell> cells, int count)
    {
        for (var i = 0; i < count && i < 64; i++)
        {
            cells.Add(Cell.Empty);
        }
    }

    private static IEnumerable<TableRow> Rows(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            if (child is TableRow row)
            {
                yield return row;
            }
            else if (child is SdtRow or CustomXmlRow or SdtContentRow)
            {
                foreach (var inner in Rows(child))
                {
                    yield return inner;
                }
            }
        }
    }

    private static IEnumerable<TableCell> Cells(OpenXmlElement container)
    {
        foreach (var child in container.ChildElements)
        {
            if (child is TableCell cell)
            {
                yield return cell;
            }
            else if (child is SdtCell or CustomXmlCell or SdtContentCell)
            {
                foreach (var inner in Cells(child))
                {
                    yield return inner;
                }
            }
        }
    }

    /// <summary>The paragraphs of a cell; a nested table gives one paragraph per row, its cells joined by spaces.</summary>
    private List<DocxParagraph> ReadCellParagraphs(IEnumerable<OpenXmlElement> elements)
    {
        var paragraphs = new List<DocxParagraph>();
        foreach (var element in elements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    var read = ReadParagraph(paragraph);
                    paragraphs.AddRange(TextBoxParagraphs());
                    paragraphs.Add(read);
                    break;
                case Table nested:
                    foreach (var row in ReadRows(nested))
                    {
                        var joined = new DocxParagraph();
                        joined.Append(string.Join(' ', row.Select(c => c.Text).Where(t => t.Length > 0)), bold: false);
                        paragraphs.Add(joined);
                    }

                    break;
                case SdtBlock sdt:
                    paragraphs.AddRange(ReadCellParagraphs(sdt.SdtContentBlock?.ChildElements ?? Enumerable.Empty<OpenXmlElement>()));
                    break;
                case CustomXmlBlock custom:
                    paragraphs.AddRange(ReadCellParagraphs(custom.ChildElements));
                    break;
                default:
                    break;
            }
        }

        return paragraphs;
    }

    /// <summary>
    /// A layout table (header block, signature) as the lines it shows: line k holds the k-th line of every cell
    /// that has text, joined by tabs ("Nơi nhận:⇥TM. ỦY BAN NHÂN DÂN", "- Sở Nội vụ;⇥CHỦ TỊCH").
    /// </summary>
    private void EmitLayoutRows(List<List<Cell>> rows)
    {
        foreach (var row in rows)
        {
            // Empty cells (spacer columns, merged-away cells) are left out: the parser reads two or three columns.
            var cellLines = row.Select(c => CellLines(c.Paragraphs)).Where(l => l.Count > 0).ToList();
            var height = cellLines.Count == 0 ? 0 : cellLines.Max(l => l.Count);
            for (var k = 0; k < height; k++)
            {
                var parts = cellLines.Select(l => k < l.Count ? l[k] : "").ToList();
                while (parts.Count > 0 && parts[^1].Length == 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }

                if (parts.Count > 0)
                {
                    _lines.Add(string.Join('\t', parts));
                }
            }
        }
    }

    /// <summary>The lines a layout cell shows, empty paragraphs kept (the space above a signer's name), trailing ones dropped.</summary>
    private static List<string> CellLines(List<DocxParagraph> paragraphs)
    {
        var lines = new List<string>();
        foreach (var paragraph in paragraphs)
        {
            var texts = paragraph.Lines(tabsAsColumns: false);
            if (texts.Count == 0)
            {
                lines.Add("");
            }

            lines.AddRange(texts.Select(t => t.Text));
        }

        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }

    /// <summary>A vertically merged cell's text is given to the first row of the merge; the officer is told which rows.</summary>
    private void NoteVerticalMerges(List<List<Cell>> rows, List<List<string>> texts)
    {
        var header = texts.FirstOrDefault() ?? [];
        for (var column = 0; column < rows.Max(r => r.Count); column++)
        {
            for (var start = 0; start < rows.Count; start++)
            {
                if (column >= rows[start].Count || !rows[start][column].StartsMerge || texts[start][column].Length == 0)
                {
                    continue;
                }

                var end = start;
                while (end + 1 < rows.Count && column < rows[end + 1].Count && rows[end + 1][column].MergedFromAbove)
                {
                    end++;
                }

                if (end > start)
                {
                    var name = column < header.Count && header[column].Length > 0 ? $"cột «{header[column]}»" : $"cột {column + 1}";
                    _mergeNotes.Add($"{name}, dòng {RowName(texts, start)} đến {RowName(texts, end)}");
                }
            }
        }
    }

    private static string RowName(List<List<string>> texts, int row) =>
        texts[row].Count > 0 && texts[row][0].Length is > 0 and <= 8 ? texts[row][0].TrimEnd('.') : (row + 1).ToString(CultureInfo.InvariantCulture);

    // ---- Warnings ---------------------------------------------------------------------------------------------

    private List<string> Warnings()
    {
        var warnings = new List<string>();
        if (_mergeNotes.Count > 0)
        {
            const int Shown = 6;
            var listed = string.Join("; ", _mergeNotes.Take(Shown)) + (_mergeNotes.Count > Shown ? $"; và {_mergeNotes.Count - Shown} chỗ khác" : "");
            warnings.Add($"Bảng có ô gộp nhiều dòng ({listed}): nội dung ô gộp chỉ được gán cho dòng đầu tiên của vùng gộp; hãy kiểm tra các dòng còn lại.");
        }

        if (_revisions > 0)
        {
            warnings.Add("Tài liệu còn thay đổi được theo dõi (Track Changes) chưa chấp nhận: đã lấy phần chèn thêm và bỏ phần đã xóa.");
        }

        if (_textBoxes > 0)
        {
            warnings.Add($"Đã đọc {_textBoxes} khung văn bản (text box) như đoạn văn thường, đặt trước đoạn văn chứa khung: hãy kiểm tra chúng nằm đúng chỗ.");
        }

        if (_notes > 0)
        {
            warnings.Add($"Bỏ qua {_notes} chú thích cuối trang (footnote).");
        }

        if (_comments > 0)
        {
            warnings.Add($"Bỏ qua {_comments} nhận xét (comment) trong tài liệu.");
        }

        if (_images > 0)
        {
            warnings.Add($"Tài liệu có {_images} hình ảnh: hình ảnh không được nhập.");
        }

        if (_tablesOfContents > 0)
        {
            warnings.Add("Bỏ qua mục lục tự động.");
        }

        if (_embedded > 0)
        {
            warnings.Add("Tài liệu có phần nhúng từ tệp khác (altChunk) không đọc được: hãy mở bằng Word và lưu lại rồi nhập lại.");
        }

        return warnings;
    }

    [GeneratedRegex(@"^\**\s*N[ơo]i\s+nh[ậa]n\b", RegexOptions.IgnoreCase)]
    private static partial Regex RecipientsHeading();

    /// <summary>A cell of the header block or of the signature block, whatever the table's width.</summary>
    [GeneratedRegex(@"^(?:N[ơo]i\s+nh[ậa]n|TM\s*\.|KT\s*\.|C[ỘO]NG\s+H[ÒOÀ]A\s+X[ÃA]\s+H[ỘO]I|Số\s*:)", RegexOptions.IgnoreCase)]
    private static partial Regex LayoutCell();
}
