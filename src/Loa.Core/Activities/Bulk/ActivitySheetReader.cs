using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Loa.Files;
using Loa.Text;

namespace Loa.Activities.Bulk;

/// <summary>
/// Reads a filled activity sheet (.xlsx, from Loa's download, Excel, LibreOffice or WPS): the first sheet, its header row
/// found by the column names (<see cref="SheetColumns.Recognise"/>, in any order) among the first rows, then every row with
/// something in it. A date typed into Excel arrives as a day number and is given back as yyyy-MM-dd. Never throws for bad content.
/// </summary>
public static class ActivitySheetReader
{
    public const long MaxBytes = 5L * 1024 * 1024;

    public const int MaxRows = 2000;

    private const int HeaderSearchRows = 10;

    public static SheetContent Read(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return SheetContent.Refused("Tệp trống.");
        }

        if (bytes.Length > MaxBytes)
        {
            return SheetContent.Refused($"Tệp lớn hơn {MaxBytes / (1024 * 1024)} MB: hãy chia thành nhiều tệp.");
        }

        if (bytes is not [0x50, 0x4B, 0x03, 0x04, ..])
        {
            return SheetContent.Refused("Tệp không phải bảng tính Excel (.xlsx). Hãy dùng tệp mẫu tải về từ Loa, điền rồi lưu dạng .xlsx.");
        }

        try
        {
            using (var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read))
            {
                FileSignatures.EnsureSafeZip(zip);
            }

            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
            return ReadRows(document);
        }
        catch (InvalidDataException ex) when (ex.Message.Contains("nén", StringComparison.Ordinal))
        {
            return SheetContent.Refused(ex.Message);
        }
        catch (Exception ex) when (ex is InvalidDataException or OpenXmlPackageException or FormatException or InvalidOperationException
            or System.Xml.XmlException or ArgumentException or KeyNotFoundException)
        {
            return SheetContent.Refused("Không đọc được tệp Excel: tệp bị hỏng hoặc không phải bảng tính. Hãy mở bằng Excel, lưu lại dạng .xlsx rồi tải lên.");
        }
    }

    private static SheetContent ReadRows(SpreadsheetDocument document)
    {
        var workbook = document.WorkbookPart;
        var sheet = workbook?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault();
        if (workbook is null || sheet?.Id?.Value is not { } sheetId)
        {
            return SheetContent.Refused("Tệp Excel không có trang tính nào.");
        }

        var part = (WorksheetPart)workbook.GetPartById(sheetId);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        Dictionary<int, SheetColumn>? columns = null;
        var rows = new List<SheetRow>();
        var seen = 0;
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            seen++;
            var line = (int)(row.RowIndex?.Value ?? (uint)seen);
            var cells = Cells(row, shared);
            if (columns is null)
            {
                columns = Header(cells);
                if (columns is null && seen >= HeaderSearchRows)
                {
                    break;
                }

                continue;
            }

            var values = new Dictionary<SheetColumn, string>();
            foreach (var (index, column) in columns)
            {
                if (cells.TryGetValue(index, out var cell) && Value(cell, column) is { Length: > 0 } text)
                {
                    values[column] = text;
                }
            }

            if (values.Count == 0)
            {
                continue;
            }

            if (rows.Count == MaxRows)
            {
                return SheetContent.Refused($"Tệp có hơn {MaxRows} dòng hoạt động: hãy chia thành nhiều tệp.");
            }

            rows.Add(new SheetRow(line, values));
        }

        if (columns is null)
        {
            return SheetContent.Refused(
                "Không tìm thấy dòng tiêu đề (Nhiệm vụ, Ngày thực hiện, Đã làm gì…) trong trang tính đầu tiên. Hãy dùng tệp mẫu tải về từ Loa.");
        }

        return rows.Count == 0 ? SheetContent.Refused("Tệp chưa có dòng hoạt động nào: hãy điền từ dòng thứ hai, dưới dòng tiêu đề.") : new(rows, null);
    }

    /// <summary>The columns when the row is the header: it must name at least the task, the date and what was done.</summary>
    private static Dictionary<int, SheetColumn>? Header(Dictionary<int, RawCell> cells)
    {
        var found = new Dictionary<int, SheetColumn>();
        foreach (var (index, cell) in cells)
        {
            if (SheetColumns.Recognise(cell.Text) is { } column && !found.ContainsValue(column))
            {
                found[index] = column;
            }
        }

        return found.ContainsValue(SheetColumn.Task) && found.ContainsValue(SheetColumn.Date) && found.ContainsValue(SheetColumn.Title) ? found : null;
    }

    private static string Value(RawCell cell, SheetColumn column)
    {
        var text = (InputText.Clean(cell.Text) ?? "").Trim();

        // Excel keeps a typed date as the number of days since 1899-12-30.
        if (column == SheetColumn.Date && cell.IsNumber && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var days)
            && days is > 1 and < 2958465)
        {
            return DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(days))).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        return text;
    }

    private static Dictionary<int, RawCell> Cells(Row row, List<string> shared)
    {
        var cells = new Dictionary<int, RawCell>();
        var next = 0;
        foreach (var cell in row.Elements<Cell>())
        {
            var index = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : next;
            next = index + 1;
            var type = cell.DataType?.Value;
            var text = type == CellValues.SharedString
                ? (int.TryParse(cell.CellValue?.Text, CultureInfo.InvariantCulture, out var s) && s >= 0 && s < shared.Count ? shared[s] : "")
                : type == CellValues.InlineString ? cell.InlineString?.InnerText ?? ""
                : cell.CellValue?.Text ?? "";
            cells[index] = new RawCell(text, type is null || type == CellValues.Number);
        }

        return cells;
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsAsciiLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }

    private readonly record struct RawCell(string Text, bool IsNumber);
}
