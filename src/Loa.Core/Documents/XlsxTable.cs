using System.Globalization;
using System.IO.Packaging;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using Loa.Text;

namespace Loa.Documents;

/// <summary>
/// One table as an .xlsx workbook: a single sheet, bold centred header row frozen at the top, wrapped text,
/// Times New Roman 12, landscape A4 for printing. Numbers (int, long, double) go in as numbers so they add up.
/// The rows are written one by one into a package opened for writing only, so a long table never sits in memory
/// (100,000 rows of 14 columns: about 75 MB at the peak instead of about 355 MB through the document object model).
/// </summary>
public static class XlsxTable
{
    private const uint BodyStyle = 1;
    private const uint HeaderStyle = 2;
    private const uint PercentStyle = 3;

    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    public static byte[] Create(string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows, IReadOnlyList<double> widths)
    {
        using var buffer = new MemoryStream();
        Write(buffer, sheetName, headers, rows, widths);
        return buffer.ToArray();
    }

    /// <summary>
    /// Writes the workbook to any writable stream (seekable or not), reading <paramref name="rows"/> once, as it goes;
    /// a value of type <see cref="Percent"/> is shown as a percentage.
    /// </summary>
    public static void Write(Stream output, string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows, IReadOnlyList<double> widths)
    {
        using var package = Package.Open(output, FileMode.Create, FileAccess.Write);
        var workbookUri = new Uri("/xl/workbook.xml", UriKind.Relative);

        // A package opened for writing only takes one part at a time, each written once; relationships come last.
        var workbook = WritePart(package, workbookUri, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", writer =>
            writer.WriteElement(new Workbook(new Sheets(new Sheet { Name = sheetName, SheetId = 1U, Id = "rIdSheet1" }))));
        WritePart(package, new Uri("/xl/styles.xml", UriKind.Relative), "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml", writer => writer.WriteElement(Stylesheet()));
        WritePart(package, new Uri("/xl/worksheets/sheet1.xml", UriKind.Relative), "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml", writer => WriteSheet(writer, headers, rows, widths));

        package.CreateRelationship(workbookUri, TargetMode.Internal, Relationships + "officeDocument", "rId1");
        workbook.CreateRelationship(new Uri("worksheets/sheet1.xml", UriKind.Relative), TargetMode.Internal, Relationships + "worksheet", "rIdSheet1");
        workbook.CreateRelationship(new Uri("styles.xml", UriKind.Relative), TargetMode.Internal, Relationships + "styles", "rIdStyles");
    }

    private static PackagePart WritePart(Package package, Uri uri, string contentType, Action<OpenXmlWriter> write)
    {
        var part = package.CreatePart(uri, contentType, CompressionOption.Normal);
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        using var writer = OpenXmlWriter.Create(stream);
        writer.WriteStartDocument();
        write(writer);
        return part;
    }

    private static void WriteSheet(OpenXmlWriter writer, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows, IReadOnlyList<double> widths)
    {
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1D, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { TabSelected = true, WorkbookViewId = 0U }));
        writer.WriteElement(new SheetFormatProperties { DefaultRowHeight = 15D });
        writer.WriteElement(new Columns(widths.Select((width, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = width, CustomWidth = true })));
        writer.WriteStartElement(new SheetData());
        writer.WriteElement(Row(1, headers.Cast<object?>().ToList(), HeaderStyle));
        uint index = 2;
        foreach (var row in rows)
        {
            writer.WriteElement(Row(index++, row, BodyStyle));
        }

        writer.WriteEndElement();
        writer.WriteElement(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 });
        writer.WriteElement(new PageSetup { Orientation = OrientationValues.Landscape, PaperSize = 9U });
        writer.WriteEndElement();
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
                var other => new Cell(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(XmlSafe(VietnameseText.Nfc(other?.ToString() ?? ""))) { Space = SpaceProcessingModeValues.Preserve }))
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

    /// <summary>Drops the characters XML 1.0 cannot hold (control characters other than tab and line breaks).</summary>
    private static string XmlSafe(string text) =>
        text.Any(c => c < ' ' && c is not ('\t' or '\n' or '\r'))
            ? new string([.. text.Where(c => c >= ' ' || c is '\t' or '\n' or '\r')])
            : text;
}
