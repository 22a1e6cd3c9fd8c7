using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Loa.Data;
using Loa.Files;
using Loa.Plans;
using Loa.Plans.Import;
using Loa.Text;
using Microsoft.EntityFrameworkCore;

namespace Loa.Procedures;

/// <summary>One procedure read from an export of the national procedure database, with the line it came from.</summary>
public sealed record ProcedureRow(
    int Line,
    string Code,
    string Name,
    string Field,
    string? Level,
    string? ProcessingTime,
    string? Fees,
    string? Documents,
    string? Steps,
    string? Where,
    string? Agency,
    OnlineLevel OnlineLevel,
    string? OnlineUrl,
    string? LegalBasis);

/// <summary>What a file held: the procedures, and every problem found (with its line), in Vietnamese.</summary>
public sealed class ProcedureFile
{
    public List<ProcedureRow> Rows { get; } = [];

    public List<string> Problems { get; } = [];

    /// <summary>Notes that do not stop the import: columns not used, an encoding guessed.</summary>
    public List<string> Notes { get; } = [];

    /// <summary>True when the file can be imported: procedures and no problem.</summary>
    public bool Ok => Problems.Count == 0 && Rows.Count > 0;
}

/// <summary>What an import changed in the province's catalogue.</summary>
public sealed record ProcedureImportSummary(int Created, int Updated, int Unchanged)
{
    public int Total => Created + Updated + Unchanged;
}

/// <summary>
/// Reads the CSV (UTF-8 with or without BOM, comma, semicolon or tab) and XLSX exports of the national procedure
/// database (Cơ sở dữ liệu quốc gia về thủ tục hành chính) into procedures, recognising the columns by their
/// Vietnamese headers in any order, and writes them into a province's catalogue: all or nothing, and again and
/// again alike (a procedure is matched by its code within the province).
/// </summary>
public static partial class ProcedureImport
{
    public const long MaxBytes = 20L * 1024 * 1024;
    public const int MaxRows = 5000;

    /// <summary>The columns, each with the header words (folded) that name it; the first words are the usual header.</summary>
    private static readonly (Column Column, string Label, string[] Headers)[] Columns =
    [
        (Column.Code, "Mã thủ tục", ["ma thu tuc", "ma tthc", "ma thu tuc hanh chinh", "ma so", "ma"]),
        (Column.Name, "Tên thủ tục", ["ten thu tuc", "ten tthc", "ten thu tuc hanh chinh", "thu tuc hanh chinh", "ten"]),
        (Column.Field, "Lĩnh vực", ["linh vuc", "linh vuc thuc hien"]),
        (Column.Level, "Cấp thực hiện", ["cap thuc hien", "cap"]),
        (Column.ProcessingTime, "Thời hạn giải quyết", ["thoi han giai quyet", "thoi gian giai quyet", "thoi han"]),
        (Column.Fees, "Phí, lệ phí", ["phi le phi", "le phi", "phi", "phi va le phi"]),
        (Column.Documents, "Thành phần hồ sơ", ["thanh phan ho so", "ho so", "thanh phan so luong ho so"]),
        (Column.Steps, "Trình tự thực hiện", ["trinh tu thuc hien", "cach thuc thuc hien", "trinh tu", "cach thuc"]),
        (Column.Where, "Nơi tiếp nhận", ["noi tiep nhan", "noi tiep nhan ho so", "dia chi tiep nhan", "dia diem tiep nhan"]),
        (Column.Agency, "Cơ quan thực hiện", ["co quan thuc hien", "co quan giai quyet"]),
        (Column.OnlineLevel, "Mức độ dịch vụ công", ["muc do dich vu cong", "dich vu cong truc tuyen", "muc do dvc", "dvc truc tuyen", "muc do dich vu cong truc tuyen", "muc do"]),
        (Column.OnlineUrl, "Đường dẫn", ["duong dan", "duong dan dich vu cong", "link", "url", "dia chi truc tuyen", "lien ket"]),
        (Column.LegalBasis, "Căn cứ pháp lý", ["can cu phap ly", "can cu"]),
    ];

    private static readonly Dictionary<Column, int> MaxLengths = new()
    {
        [Column.Code] = 30,
        [Column.Name] = 600,
        [Column.Field] = 200,
        [Column.Level] = 200,
        [Column.ProcessingTime] = 1000,
        [Column.Fees] = 2000,
        [Column.Where] = 1000,
        [Column.Agency] = 500,
        [Column.OnlineUrl] = 500,
        [Column.OnlineLevel] = 200,
        [Column.Documents] = 20000,
        [Column.Steps] = 20000,
        [Column.LegalBasis] = 20000,
    };

    private enum Column
    {
        Code,
        Name,
        Field,
        Level,
        ProcessingTime,
        Fees,
        Documents,
        Steps,
        Where,
        Agency,
        OnlineLevel,
        OnlineUrl,
        LegalBasis,
    }

    /// <summary>Reads a file (CSV or XLSX, told apart by content); never throws for bad content.</summary>
    public static ProcedureFile Read(byte[] bytes)
    {
        var file = new ProcedureFile();
        if (bytes.Length == 0)
        {
            file.Problems.Add("Tệp trống: không có dòng nào.");
            return file;
        }

        if (bytes.Length > MaxBytes)
        {
            file.Problems.Add($"Tệp quá lớn ({bytes.Length / (1024 * 1024)} MB); tối đa {MaxBytes / (1024 * 1024)} MB.");
            return file;
        }

        List<(int Line, List<string> Cells)> table;
        try
        {
            table = bytes is [0x50, 0x4B, 0x03, 0x04, ..] ? ReadXlsx(bytes, file) : ReadCsv(bytes, file);
        }
        catch (ProcedureFormatException ex)
        {
            file.Problems.Add(ex.Message);
            return file;
        }

        Interpret(table, file);
        return file;
    }

    /// <summary>
    /// Writes the procedures into the province's catalogue in one transaction: new codes are added, known codes
    /// updated where they differ; procedures not in the file are kept.
    /// </summary>
    public static async Task<ProcedureImportSummary> ApplyAsync(
        LoaDbContext db,
        int provinceId,
        IReadOnlyList<ProcedureRow> rows,
        DateTime now,
        CancellationToken cancellationToken = default)
    {
        var existing = await db.Procedures
            .IgnoreQueryFilters()
            .Where(p => p.ProvinceId == provinceId)
            .ToDictionaryAsync(p => p.Code, StringComparer.Ordinal, cancellationToken);
        int created = 0, updated = 0, unchanged = 0;
        foreach (var row in rows)
        {
            if (!existing.TryGetValue(row.Code, out var procedure))
            {
                procedure = new Procedure { ProvinceId = provinceId, Code = row.Code, Name = row.Name, Field = row.Field };
                Fill(procedure, row);
                procedure.UpdatedAt = now;
                db.Procedures.Add(procedure);
                existing[row.Code] = procedure;
                created++;
            }
            else if (Fill(procedure, row))
            {
                procedure.UpdatedAt = now;
                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await db.SaveChangesAsync(cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return new ProcedureImportSummary(created, updated, unchanged);
    }

    /// <summary>What <see cref="ApplyAsync"/> would do, without changing anything.</summary>
    public static async Task<ProcedureImportSummary> PreviewAsync(
        LoaDbContext db,
        int provinceId,
        IReadOnlyList<ProcedureRow> rows,
        CancellationToken cancellationToken = default)
    {
        var existing = await db.Procedures
            .IgnoreQueryFilters()
            .AsNoTracking()
            .Where(p => p.ProvinceId == provinceId)
            .ToDictionaryAsync(p => p.Code, StringComparer.Ordinal, cancellationToken);
        int created = 0, updated = 0, unchanged = 0;
        foreach (var row in rows)
        {
            if (!existing.TryGetValue(row.Code, out var procedure))
            {
                created++;
            }
            else if (Fill(procedure, row))
            {
                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        return new ProcedureImportSummary(created, updated, unchanged);
    }

    /// <summary>Copies the row into the procedure; true when anything changed.</summary>
    private static bool Fill(Procedure p, ProcedureRow r)
    {
        var changed = false;
        void Set<T>(T current, T value, Action<T> set)
        {
            if (!EqualityComparer<T>.Default.Equals(current, value))
            {
                set(value);
                changed = true;
            }
        }

        Set(p.Name, r.Name, v => p.Name = v);
        Set(p.Field, r.Field, v => p.Field = v);
        Set(p.Level, r.Level, v => p.Level = v);
        Set(p.ProcessingTime, r.ProcessingTime, v => p.ProcessingTime = v);
        Set(p.Fees, r.Fees, v => p.Fees = v);
        Set(p.Documents, r.Documents, v => p.Documents = v);
        Set(p.Steps, r.Steps, v => p.Steps = v);
        Set(p.Where, r.Where, v => p.Where = v);
        Set(p.Agency, r.Agency, v => p.Agency = v);
        Set(p.OnlineLevel, r.OnlineLevel, v => p.OnlineLevel = v);
        Set(p.OnlineUrl, r.OnlineUrl, v => p.OnlineUrl = v);
        Set(p.LegalBasis, r.LegalBasis, v => p.LegalBasis = v);
        return changed;
    }

    /// <summary>"toàn trình", "Mức độ 4" → full; "một phần", "Mức độ 3" → partial; empty, "không", "Mức độ 2" → none.</summary>
    public static OnlineLevel? ParseOnlineLevel(string? text)
    {
        var f = VietnameseText.FoldWords(text);
        return f switch
        {
            "" or "khong" or "chua" or "khong co" or "muc do 1" or "muc do 2" or "dvc muc do 2" or "thong tin truc tuyen" or "cung cap thong tin" => OnlineLevel.None,
            _ when f.Contains("toan trinh", StringComparison.Ordinal) || f.EndsWith("muc do 4", StringComparison.Ordinal) || f == "4" => OnlineLevel.Full,
            _ when f.Contains("mot phan", StringComparison.Ordinal) || f.EndsWith("muc do 3", StringComparison.Ordinal) || f == "3" => OnlineLevel.Partial,
            _ when f.StartsWith("khong", StringComparison.Ordinal) || f == "2" || f == "1" => OnlineLevel.None,
            _ => null,
        };
    }

    private static void Interpret(List<(int Line, List<string> Cells)> table, ProcedureFile file)
    {
        var rows = table.Where(r => r.Cells.Any(c => !string.IsNullOrWhiteSpace(c))).ToList();
        if (rows.Count == 0)
        {
            file.Problems.Add("Tệp trống: không có dòng nào.");
            return;
        }

        // The header is the first of the first rows that names both the code and the name (exports often start with a title).
        Dictionary<Column, int>? map = null;
        var headerIndex = -1;
        for (var i = 0; i < Math.Min(rows.Count, 15) && map is null; i++)
        {
            var candidate = MapHeaders(rows[i].Cells);
            if (candidate.ContainsKey(Column.Code) && candidate.ContainsKey(Column.Name))
            {
                map = candidate;
                headerIndex = i;
            }
        }

        if (map is null)
        {
            file.Problems.Add("Không tìm thấy dòng tiêu đề: tệp cần có các cột “Mã thủ tục” và “Tên thủ tục” (và “Lĩnh vực”), như tệp xuất từ Cơ sở dữ liệu quốc gia về thủ tục hành chính.");
            return;
        }

        if (!map.ContainsKey(Column.Field))
        {
            file.Problems.Add($"Dòng {rows[headerIndex].Line}: thiếu cột “Lĩnh vực”.");
            return;
        }

        var header = rows[headerIndex].Cells;
        var unused = header
            .Select((h, i) => (h, i))
            .Where(x => !string.IsNullOrWhiteSpace(x.h)
                && !map.ContainsValue(x.i)
                && VietnameseText.FoldWords(x.h) is not ("stt" or "tt" or "so tt"))
            .Select(x => $"“{x.h.Trim()}”")
            .ToList();
        if (unused.Count > 0)
        {
            file.Notes.Add($"Các cột không dùng: {string.Join(", ", unused)}.");
        }

        var data = rows.Skip(headerIndex + 1).ToList();
        if (data.Count == 0)
        {
            file.Problems.Add("Tệp không có thủ tục nào (chỉ có dòng tiêu đề).");
            return;
        }

        if (data.Count > MaxRows)
        {
            file.Problems.Add($"Tệp có {data.Count} dòng, nhiều hơn mức tối đa {MaxRows} thủ tục một lần nhập.");
            return;
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (line, cells) in data)
        {
            string? Cell(Column c) => map.TryGetValue(c, out var i) && i < cells.Count ? Clean(cells[i]) : null;
            var problems = new List<string>();
            var code = Cell(Column.Code);
            var name = Cell(Column.Name);
            var field = Cell(Column.Field);
            if (code is null)
            {
                problems.Add("thiếu mã thủ tục");
            }
            else if (!CodePattern().IsMatch(code))
            {
                problems.Add($"mã thủ tục “{code}” không đúng dạng (ví dụ đúng: 1.001193)");
            }
            else if (seen.TryGetValue(code, out var first))
            {
                problems.Add($"mã thủ tục {code} trùng với dòng {first}");
            }
            else
            {
                seen[code] = line;
            }

            if (name is null)
            {
                problems.Add("thiếu tên thủ tục");
            }

            if (field is null)
            {
                problems.Add("thiếu lĩnh vực");
            }

            var levelText = Cell(Column.OnlineLevel);
            var online = ParseOnlineLevel(levelText);
            if (online is null)
            {
                problems.Add($"không hiểu mức độ dịch vụ công “{levelText}” (ghi “Toàn trình”, “Một phần” hoặc để trống)");
            }

            var url = Cell(Column.OnlineUrl);
            if (url is not null
                && (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)))
            {
                problems.Add($"đường dẫn “{Shorten(url)}” không phải địa chỉ trang web (http:// hoặc https://)");
            }

            foreach (var (column, label, _) in Columns)
            {
                if (Cell(column) is { } value && value.Length > MaxLengths[column])
                {
                    problems.Add($"cột “{label}” dài quá {MaxLengths[column]} ký tự");
                }
            }

            if (problems.Count > 0)
            {
                file.Problems.Add($"Dòng {line}: {string.Join("; ", problems)}.");
                continue;
            }

            file.Rows.Add(new ProcedureRow(
                line, code!, name!, field!, Cell(Column.Level), Cell(Column.ProcessingTime), Cell(Column.Fees), Cell(Column.Documents),
                Cell(Column.Steps), Cell(Column.Where), Cell(Column.Agency), online!.Value, url, Cell(Column.LegalBasis)));
        }
    }

    private static Dictionary<Column, int> MapHeaders(List<string> cells)
    {
        var folded = cells.Select(VietnameseText.FoldWords).ToList();
        var map = new Dictionary<Column, int>();

        // Exact names first, across all columns; then a header that starts with a known name ("Thành phần hồ sơ (bản chính)").
        foreach (var exact in new[] { true, false })
        {
            foreach (var (column, _, headers) in Columns)
            {
                if (map.ContainsKey(column))
                {
                    continue;
                }

                foreach (var h in headers)
                {
                    var index = -1;
                    for (var i = 0; i < folded.Count && index < 0; i++)
                    {
                        var f = folded[i];
                        if (!map.ContainsValue(i) && (exact ? f == h : h.Length > 3 && f.StartsWith(h + " ", StringComparison.Ordinal)))
                        {
                            index = i;
                        }
                    }

                    if (index >= 0)
                    {
                        map[column] = index;
                        break;
                    }
                }
            }
        }

        return map;
    }

    private static string? Clean(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var lines = InputText.Clean(text)!.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n')
            .Select(l => l.Trim())
            .Where(l => l.Length > 0);
        return string.Join('\n', lines);
    }

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;

    private static List<(int Line, List<string> Cells)> ReadCsv(byte[] bytes, ProcedureFile file)
    {
        string text;
        try
        {
            var (decoded, warning) = TextFileDecoder.Decode(bytes);
            text = decoded;
            if (warning is not null)
            {
                file.Notes.Add(warning);
            }
        }
        catch (PlanFormatException)
        {
            throw new ProcedureFormatException("Tệp không phải bảng tính CSV hay Excel (.xlsx). Hãy xuất danh sách thủ tục ra tệp .xlsx hoặc .csv (UTF-8).");
        }

        // The separator is the one the widest of the first lines uses most (a title line above the header has none).
        int semicolons = 0, commas = 0, tabs = 0;
        foreach (var head in text.Split('\n', 20).Take(19))
        {
            semicolons = Math.Max(semicolons, Count(head, ';'));
            commas = Math.Max(commas, Count(head, ','));
            tabs = Math.Max(tabs, Count(head, '\t'));
        }

        var separator = tabs > Math.Max(semicolons, commas) ? '\t' : semicolons > commas ? ';' : ',';

        var rows = new List<(int, List<string>)>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var line = 1;
        var rowLine = 1;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                cells.Add(cell.ToString());
                cell.Clear();
                rows.Add((rowLine, cells));
                cells = [];
                line++;
                rowLine = line;
            }
            else
            {
                cell.Append(c);
            }
        }

        if (quoted)
        {
            throw new ProcedureFormatException($"Dòng {rowLine}: có dấu ngoặc kép (\") mở mà không đóng; hãy kiểm tra lại tệp CSV.");
        }

        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            rows.Add((rowLine, cells));
        }

        return rows;
    }

    private static int Count(ReadOnlySpan<char> text, char c)
    {
        var count = 0;
        var quoted = false;
        foreach (var x in text)
        {
            if (x == '"')
            {
                quoted = !quoted;
            }
            else if (x == c && !quoted)
            {
                count++;
            }
        }

        return count;
    }

    private static List<(int Line, List<string> Cells)> ReadXlsx(byte[] bytes, ProcedureFile file)
    {
        try
        {
            using (var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read))
            {
                FileSignatures.EnsureSafeZip(zip);
            }

            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false);
            var workbook = document.WorkbookPart ?? throw new ProcedureFormatException("Tệp Excel không có bảng tính nào.");
            var sheet = workbook.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault()
                ?? throw new ProcedureFormatException("Tệp Excel không có bảng tính nào.");
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
            var codeColumn = -1;
            var rows = new List<(int, List<string>)>();
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var line = (int)(row.RowIndex?.Value ?? (uint)(rows.Count + 1));
                var cells = new List<string>();
                foreach (var cell in row.Elements<Cell>())
                {
                    var index = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                    while (cells.Count < index)
                    {
                        cells.Add("");
                    }

                    var value = cell.DataType?.Value == CellValues.SharedString
                        ? (int.TryParse(cell.CellValue?.Text, CultureInfo.InvariantCulture, out var s) && s >= 0 && s < shared.Count ? shared[s] : "")
                        : cell.DataType?.Value == CellValues.InlineString ? cell.InlineString?.InnerText ?? ""
                        : cell.CellValue?.Text ?? "";

                    // Excel turns a code typed as a number into 2.0001: give back its six digits ("2.000100").
                    if (index == codeColumn && cell.DataType is null && CodeAsNumber().IsMatch(value))
                    {
                        var parts = value.Split('.');
                        value = parts.Length == 2 ? $"{parts[0]}.{parts[1].PadRight(6, '0')}" : value;
                    }

                    cells.Add(value);
                }

                if (codeColumn < 0 && MapHeaders(cells).TryGetValue(Column.Code, out var found) && MapHeaders(cells).ContainsKey(Column.Name))
                {
                    codeColumn = found;
                }

                rows.Add((line, cells));
                if (rows.Count > MaxRows + 20)
                {
                    break;
                }
            }

            return rows;
        }
        catch (Exception ex) when (ex is InvalidDataException
            or OpenXmlPackageException
            or FormatException
            or InvalidOperationException
            or System.Xml.XmlException)
        {
            throw new ProcedureFormatException(ex is InvalidDataException ide && ide.Message.Contains("nén", StringComparison.Ordinal)
                ? ide.Message
                : "Không đọc được tệp Excel (.xlsx): tệp bị hỏng hoặc không phải bảng tính. Hãy mở và lưu lại bằng Excel rồi thử lại.");
        }
    }

    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }

            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }

    [GeneratedRegex(@"^\d{1,2}\.\d{6}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^\d{1,2}\.\d{1,6}$")]
    private static partial Regex CodeAsNumber();
}

/// <summary>A file that cannot be read as a procedure table; the message says why, in Vietnamese.</summary>
public sealed class ProcedureFormatException(string message) : Exception(message);
