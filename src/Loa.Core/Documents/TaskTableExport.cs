using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Loa.Plans;
using Loa.Text;

namespace Loa.Documents;

/// <summary>
/// The key-task table of a plan as a spreadsheet: <c>.xlsx</c> (one sheet "Nhiệm vụ", bold frozen header,
/// wrapped text) and <c>.csv</c> (UTF-8 with BOM, commas, RFC 4180 quoting, CRLF, guarded against formula
/// injection). Sub-rows (4.1, 4.2 …) follow their parent.
/// </summary>
public static class TaskTableExport
{
    public const string SheetName = "Nhiệm vụ";

    /// <summary>The columns of both files, in order.</summary>
    public static IReadOnlyList<string> Headers { get; } =
    [
        "TT",
        "Nhiệm vụ",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời gian thực hiện",
        "Số lượng",
        "Số lượng (số)",
        "Đơn vị tính",
        "Hoạt động/sản phẩm",
    ];

    private const int QuantityValueColumn = 6;

    // Column widths in characters, as Excel measures them.
    private static readonly double[] ColumnWidths = [6, 60, 30, 30, 20, 14, 12, 14, 45];

    /// <summary>Every task, each followed by its sub-rows (depth first, in order).</summary>
    public static IEnumerable<PlanTask> Flatten(IEnumerable<PlanTask> tasks)
    {
        foreach (var task in tasks)
        {
            yield return task;
            foreach (var child in Flatten(task.Children))
            {
                yield return child;
            }
        }
    }

    /// <summary>The text of one cell of the .docx table: lead and partners joined with "; ".</summary>
    public static string CellText(PlanTask task, TaskColumn column) => VietnameseText.Nfc(column switch
    {
        TaskColumn.Number => task.Label ?? "",
        TaskColumn.Name => task.Name,
        TaskColumn.Lead => string.Join("; ", task.Lead.Select(l => l.Trim()).Where(l => l.Length > 0)),
        TaskColumn.Partners => string.Join("; ", task.Partners.Select(p => p.Trim()).Where(p => p.Length > 0)),
        TaskColumn.Timeframe => task.Timeframe ?? "",
        TaskColumn.Quantity => task.Quantity?.Text ?? "",
        TaskColumn.Products => task.Products ?? "",
        _ => "",
    }).Trim();

    /// <summary>The rows of the files (without the header), as text; the quantity's number stays a number in .xlsx.</summary>
    public static IEnumerable<string[]> Rows(PlanDocument plan) => Flatten(plan.Tasks).Select(task => new[]
    {
        CellText(task, TaskColumn.Number),
        CellText(task, TaskColumn.Name),
        CellText(task, TaskColumn.Lead),
        CellText(task, TaskColumn.Partners),
        CellText(task, TaskColumn.Timeframe),
        CellText(task, TaskColumn.Quantity),
        task.Quantity is { } q ? q.Value.ToString(CultureInfo.InvariantCulture) : "",
        VietnameseText.Nfc(task.Quantity?.Unit ?? "").Trim(),
        CellText(task, TaskColumn.Products),
    });

    public static byte[] Xlsx(PlanDocument plan)
    {
        using var buffer = new MemoryStream();
        WriteXlsx(plan, buffer);
        return buffer.ToArray();
    }

    public static void WriteXlsx(PlanDocument plan, Stream output)
    {
        if (!output.CanSeek || !output.CanRead)
        {
            output.Write(Xlsx(plan));
            return;
        }

        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();

        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();

        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        data.Append(Row(1, Headers, style: HeaderStyle));
        uint index = 2;
        foreach (var row in Rows(plan))
        {
            data.Append(Row(index++, row, style: BodyStyle));
        }

        sheetPart.Worksheet = new Worksheet(
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            { TabSelected = true, WorkbookViewId = 0U }),
            new SheetFormatProperties { DefaultRowHeight = 15D },
            new Columns(ColumnWidths.Select((width, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = width, CustomWidth = true })),
            data,
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 },
            new PageSetup { Orientation = OrientationValues.Landscape, PaperSize = 9U });

        workbook.Workbook.Append(new Sheets(new Sheet { Name = SheetName, SheetId = 1U, Id = workbook.GetIdOfPart(sheetPart) }));
        workbook.Workbook.Save();
    }

    public static byte[] Csv(PlanDocument plan)
    {
        using var buffer = new MemoryStream();
        WriteCsv(plan, buffer);
        return buffer.ToArray();
    }

    /// <summary>UTF-8 with a BOM (so Excel reads Vietnamese right), comma-separated, RFC 4180 quoting, CRLF line ends.</summary>
    public static void WriteCsv(PlanDocument plan, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 4096, leaveOpen: true);
        writer.NewLine = "\r\n";
        writer.WriteLine(string.Join(',', Headers.Select(CsvField)));
        foreach (var row in Rows(plan))
        {
            writer.WriteLine(string.Join(',', row.Select(CsvField)));
        }
    }

    /// <summary>
    /// One CSV field: a text starting with = + - @ (or a tab or carriage return) gets a leading ' so that a
    /// spreadsheet never runs it as a formula; a field holding a comma, a quote or a line break is quoted, with
    /// quotes doubled.
    /// </summary>
    public static string CsvField(string value)
    {
        var text = VietnameseText.Nfc(value);
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0
            ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : text;
    }

    private const uint BodyStyle = 1;
    private const uint HeaderStyle = 2;

    private static Row Row(uint index, IReadOnlyList<string> values, uint style)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < values.Count; i++)
        {
            var reference = ColumnName(i) + index.ToString(CultureInfo.InvariantCulture);
            if (style == BodyStyle && i == QuantityValueColumn && int.TryParse(values[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
            {
                row.Append(new Cell { CellReference = reference, StyleIndex = style, CellValue = new CellValue(number) });
                continue;
            }

            row.Append(new Cell(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(XmlSafe(values[i])) { Space = SpaceProcessingModeValues.Preserve }))
            {
                CellReference = reference,
                DataType = CellValues.InlineString,
                StyleIndex = style,
            });
        }

        return row;
    }

    private static Stylesheet Stylesheet() => new(
        new Fonts(
            new Font(new FontSize { Val = 12D }, new FontName { Val = DocxRuns.Font }),
            new Font(new Bold(), new FontSize { Val = 12D }, new FontName { Val = DocxRuns.Font }))
        { Count = 2U },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }))
        { Count = 2U },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1U },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U },
        new CellFormats(
            new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true })
            { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyAlignment = true },
            new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true })
            { NumberFormatId = 0U, FontId = 1U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyFont = true, ApplyAlignment = true })
        { Count = 3U },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U });

    private static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    /// <summary>Drops the characters XML 1.0 cannot hold (control characters other than tab and line breaks).</summary>
    private static string XmlSafe(string text) =>
        text.Any(c => c < ' ' && c is not ('\t' or '\n' or '\r'))
            ? new string([.. text.Where(c => c >= ' ' || c is '\t' or '\n' or '\r')])
            : text;
}
