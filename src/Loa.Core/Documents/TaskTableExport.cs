using System.Globalization;
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
        TextCase.UpperFirst(CellText(task, TaskColumn.Name)),
        TextCase.UpperFirst(CellText(task, TaskColumn.Lead)),
        TextCase.UpperFirst(CellText(task, TaskColumn.Partners)),
        TextCase.UpperFirst(CellText(task, TaskColumn.Timeframe)),
        TextCase.UpperFirst(CellText(task, TaskColumn.Quantity)),
        task.Quantity is { } q ? q.Value.ToString(CultureInfo.InvariantCulture) : "",
        VietnameseText.Nfc(task.Quantity?.Unit ?? "").Trim(),
        TextCase.UpperFirst(CellText(task, TaskColumn.Products)),
    });

    public static byte[] Xlsx(PlanDocument plan)
    {
        using var buffer = new MemoryStream();
        WriteXlsx(plan, buffer);
        return buffer.ToArray();
    }

    public static void WriteXlsx(PlanDocument plan, Stream output) =>
        XlsxTable.Write(output, SheetName, Headers, Rows(plan).Select(XlsxRow), ColumnWidths);

    /// <summary>A row of the sheet: the quantity as a number when it is one, every other cell as its text.</summary>
    private static IReadOnlyList<object?> XlsxRow(string[] row) =>
        row.Select((text, i) => QuantityNumber(i, text) is { } number ? number : (object?)text).ToList();

    private static int? QuantityNumber(int column, string text) =>
        column == QuantityValueColumn && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;

    public static byte[] Csv(PlanDocument plan)
    {
        using var buffer = new MemoryStream();
        WriteCsv(plan, buffer);
        return buffer.ToArray();
    }

    /// <summary>The table as <see cref="CsvTable"/> writes every table.</summary>
    public static void WriteCsv(PlanDocument plan, Stream output) => CsvTable.Write(output, Headers, Rows(plan));

    /// <summary>One CSV field; see <see cref="CsvTable.Field"/>.</summary>
    public static string CsvField(string value) => CsvTable.Field(value);
}
