using System.Globalization;
using System.Text;
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

    public static void WriteXlsx(PlanDocument plan, Stream output) =>
        XlsxTable.Write(output, SheetName, Headers, Rows(plan).Select(row => (IReadOnlyList<object?>)row.Select((text, i) =>
            i == QuantityValueColumn && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : (object?)text).ToList()), ColumnWidths);

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
}
