using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Loa.Text;

namespace Loa.Documents;

/// <summary>
/// One table as an .xlsx workbook: a single sheet, bold centred header row frozen at the top, wrapped text,
/// Times New Roman 12, landscape A4 for printing. Numbers (int, long, double) go in as numbers so they add up.
/// </summary>
public static class XlsxTable
{
    private const uint BodyStyle = 1;
    private const uint HeaderStyle = 2;
    private const uint PercentStyle = 3;

    public static byte[] Create(string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows, IReadOnlyList<double> widths)
    {
        using var buffer = new MemoryStream();
        Write(buffer, sheetName, headers, rows, widths);
        return buffer.ToArray();
    }

    /// <summary>Writes the workbook; a value of type <see cref="Percent"/> is shown as a percentage.</summary>
    public static void Write(
        Stream output,
        string sheetName,
        IReadOnlyList<string> headers,
        IEnumerable<IReadOnlyList<object?>> rows,
        IReadOnlyList<double> widths)
    {
        if (!output.CanSeek || !output.CanRead)
        {
            output.Write(Create(sheetName, headers, rows, widths));
            return;
        }

        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();

        var sheetPart = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        data.Append(Row(1, headers.Cast<object?>().ToList(), HeaderStyle));
        uint index = 2;
        foreach (var row in rows)
        {
            data.Append(Row(index++, row, BodyStyle));
        }

        sheetPart.Worksheet = new Worksheet(
            new SheetViews(new SheetView(
                new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
            { TabSelected = true, WorkbookViewId = 0U }),
            new SheetFormatProperties { DefaultRowHeight = 15D },
            new Columns(widths.Select((width, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = width, CustomWidth = true })),
            data,
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 },
            new PageSetup { Orientation = OrientationValues.Landscape, PaperSize = 9U });

        workbook.Workbook.Append(new Sheets(new Sheet { Name = sheetName, SheetId = 1U, Id = workbook.GetIdOfPart(sheetPart) }));
        workbook.Workbook.Save();
    }

    /// <summary>A share from 0 to 1, written as a number formatted "0%".</summary>
    public readonly record struct Percent(double Share);

    private static Row Row(uint index, IReadOnlyList<object?> values, uint style)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < values.Count; i++)
        {
            var reference = ColumnName(i) + index.ToString(CultureInfo.InvariantCulture);
            Cell cell = values[i] switch
            {
                int n => new Cell { CellValue = new CellValue(n), StyleIndex = style },
                long n => new Cell { CellValue = new CellValue((decimal)n), StyleIndex = style },
                double n => new Cell { CellValue = new CellValue(n), StyleIndex = style },
                Percent p => new Cell { CellValue = new CellValue(p.Share), StyleIndex = PercentStyle },
                var other => new Cell(new InlineString(TextOf(other)))
                {
                    DataType = CellValues.InlineString,
                    StyleIndex = style,
                },
            };
            cell.CellReference = reference;
            row.Append(cell);
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
            { NumberFormatId = 0U, FontId = 1U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyFont = true, ApplyAlignment = true },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top })
            { NumberFormatId = 9U, FontId = 0U, FillId = 0U, BorderId = 0U, FormatId = 0U, ApplyNumberFormat = true, ApplyAlignment = true })
        { Count = 4U },
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

    /// <summary>A value written as text: NFC, with the characters XML cannot hold dropped and spaces kept.</summary>
    private static DocumentFormat.OpenXml.Spreadsheet.Text TextOf(object? value) =>
        new(XmlSafe(VietnameseText.Nfc(value?.ToString() ?? ""))) { Space = SpaceProcessingModeValues.Preserve };

    /// <summary>Drops the characters XML 1.0 cannot hold (control characters other than tab and line breaks).</summary>
    private static string XmlSafe(string text) =>
        text.Any(c => c < ' ' && c is not ('\t' or '\n' or '\r'))
            ? new string([.. text.Where(c => c >= ' ' || c is '\t' or '\n' or '\r')])
            : text;
}
