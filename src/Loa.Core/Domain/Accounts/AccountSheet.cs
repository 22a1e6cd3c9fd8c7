using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Loa.Documents;
using Loa.Files;

namespace Loa.Domain.Accounts;

/// <summary>
/// The .xlsx sheet of accounts to create in bulk for one commune: the template to download (its header row) and the rows read
/// back from an upload. Columns are found by their header, in any order; blank rows are skipped.
/// </summary>
public static class AccountSheet
{
    public const int MaxRows = 500;

    public static readonly IReadOnlyList<string> Headers = ["Họ và tên", "Tên đăng nhập", "Thư điện tử", "Điện thoại", "Vai trò", "Đơn vị"];

    /// <summary>The template: the header row, and one row per unit of the commune as an example the officer overwrites.</summary>
    public static byte[] Template(IEnumerable<string> unitNames) =>
        XlsxTable.Create(
            "Tài khoản",
            Headers,
            unitNames.Select(u => (IReadOnlyList<object?>)["", "", "", "", UserRole.UnitOfficer.Label(), u]),
            [28, 22, 30, 16, 30, 36]);

    /// <summary>The rows of the first sheet under the header row; a Vietnamese <see cref="AccountSheetException"/> when unreadable.</summary>
    public static IReadOnlyList<AccountSheetRow> Read(byte[] bytes)
    {
        if (bytes is not [0x50, 0x4B, 0x03, 0x04, ..])
        {
            throw new AccountSheetException("Tệp tải lên không phải bảng tính Excel (.xlsx). Hãy tải bảng mẫu, điền rồi tải lên lại.");
        }

        List<List<string>> table;
        try
        {
            using (var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read))
            {
                FileSignatures.EnsureSafeZip(zip);
            }

            table = Cells(bytes);
        }
        catch (Exception ex) when (ex is InvalidDataException or OpenXmlPackageException or FormatException or InvalidOperationException
            or System.Xml.XmlException)
        {
            throw new AccountSheetException(
                "Không đọc được tệp Excel (.xlsx): tệp bị hỏng hoặc không phải bảng tính. Hãy mở và lưu lại bằng Excel rồi thử lại.");
        }

        var headerIndex = table.FindIndex(r => r.Any(c => Column(c) == 1));
        if (headerIndex < 0)
        {
            throw new AccountSheetException("Không thấy dòng tiêu đề có cột \"Tên đăng nhập\". Hãy dùng bảng mẫu tải về từ trang này.");
        }

        var map = table[headerIndex].Select((c, i) => (Column: Column(c), Index: i)).Where(x => x.Column >= 0)
            .GroupBy(x => x.Column).ToDictionary(g => g.Key, g => g.First().Index);
        string Cell(List<string> row, int column) => map.TryGetValue(column, out var i) && i < row.Count ? row[i].Trim() : "";
        var rows = new List<AccountSheetRow>();
        for (var r = headerIndex + 1; r < table.Count; r++)
        {
            var row = table[r];
            if (Enumerable.Range(0, Headers.Count).All(c => Cell(row, c).Length == 0) || Cell(row, 0).Length + Cell(row, 1).Length == 0)
            {
                continue;
            }

            if (rows.Count == MaxRows)
            {
                throw new AccountSheetException($"Tệp có quá {MaxRows} tài khoản. Hãy chia thành nhiều tệp.");
            }

            rows.Add(new AccountSheetRow(r + 1, Cell(row, 0), Cell(row, 1), Cell(row, 2), Cell(row, 3), Cell(row, 4), Cell(row, 5)));
        }

        return rows;
    }

    /// <summary>Which template column a header names, by its folded words; -1 for none.</summary>
    private static int Column(string header)
    {
        var folded = Text.VietnameseText.FoldWords(header);
        return folded switch
        {
            "ho va ten" or "ho ten" => 0,
            "ten dang nhap" => 1,
            "thu dien tu" or "email" => 2,
            "dien thoai" or "so dien thoai" => 3,
            "vai tro" => 4,
            "don vi" => 5,
            _ => -1,
        };
    }

    private static List<List<string>> Cells(byte[] bytes)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook");
        var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault() ?? throw new InvalidDataException("no sheet");
        var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var rows = new List<List<string>>();
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var line = (int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1));
            if (line > MaxRows + 100)
            {
                break;
            }

            while (rows.Count < line - 1)
            {
                rows.Add([]);
            }

            var cells = new List<string>();
            foreach (var cell in row.Elements<Cell>())
            {
                var index = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                while (cells.Count < index)
                {
                    cells.Add("");
                }

                cells.Add(cell.DataType?.Value == CellValues.SharedString
                    ? (int.TryParse(cell.CellValue?.Text, CultureInfo.InvariantCulture, out var s) && s >= 0 && s < shared.Count ? shared[s] : "")
                    : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? ""
                    : cell.CellValue?.Text ?? "");
            }

            rows.Add(cells);
        }

        return rows;
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
}

/// <summary>One row of the sheet as typed (line = its row number in Excel).</summary>
public sealed record AccountSheetRow(int Line, string FullName, string UserName, string Email, string Phone, string Role, string Unit);

/// <summary>The sheet cannot be read; the message says why, in Vietnamese.</summary>
public sealed class AccountSheetException(string message) : Exception(message);
