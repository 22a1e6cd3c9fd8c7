using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Loa.Documents;

namespace Loa.Activities.Bulk;

/// <summary>
/// The sheet a unit downloads to fill in many activities at once (docs/decisions/0028): sheet "Hoạt động" with the columns of
/// <see cref="SheetColumns"/>, and sheet "Danh mục" with the tasks the user may record on, the channels and the units; the
/// task, channel and unit cells of the first sheet offer those lists (Excel's data validation), so they are chosen, not typed.
/// </summary>
public static class ActivitySheetTemplate
{
    public const string SheetName = "Hoạt động";

    public const string ListSheetName = "Danh mục";

    /// <summary>The rows the drop-down lists cover.</summary>
    public const int FillableRows = 2000;

    private static readonly double[] Widths = [50, 28, 16, 24, 50, 12, 16, 24, 30];

    /// <summary>A task as the list offers it and as <see cref="ActivitySheetCheck"/> recognises it: "2. Tổ chức hội nghị…".</summary>
    public static string TaskText(string? label, string name)
    {
        var text = label is { Length: > 0 } ? $"{label.TrimEnd('.')}. {name}" : name;
        return text.Length > 250 ? text[..250] : text;
    }

    /// <param name="tasks">The tasks offered, as <see cref="TaskText"/> writes them.</param>
    /// <param name="units">The units offered (a unit officer: their own).</param>
    /// <param name="rows">Rows already filled (for a sample or a benchmark); usually none.</param>
    public static byte[] Create(IReadOnlyList<string> tasks, IReadOnlyList<string> units, IEnumerable<IReadOnlyList<object?>>? rows = null)
    {
        using var buffer = new MemoryStream();
        XlsxTable.Write(buffer, SheetName, SheetColumns.Headers, rows ?? [], Widths);
        using (var document = SpreadsheetDocument.Open(buffer, isEditable: true))
        {
            var workbook = document.WorkbookPart!;
            var channels = Enum.GetValues<ChannelKind>().Select(c => c.Label()).ToList();
            AddLists(workbook, [("Nhiệm vụ", tasks), ("Hình thức", channels), ("Đơn vị", units)]);
            var sheet = workbook.WorksheetParts.First().Worksheet;
            var validations = new DataValidations(
                List(SheetColumn.Task, "A", tasks.Count, "Nhiệm vụ"),
                List(SheetColumn.Channel, "B", channels.Count, "Hình thức"),
                List(SheetColumn.Unit, "C", units.Count, "Đơn vị"))
            { Count = 3U };
            sheet.InsertBefore(validations, sheet.GetFirstChild<PageMargins>());
            sheet.Save();
            workbook.Workbook.Save();
        }

        return buffer.ToArray();
    }

    private static DataValidation List(SheetColumn column, string listColumn, int count, string title)
    {
        var letter = (char)('A' + SheetColumns.InOrder.ToList().IndexOf(column));
        return new DataValidation(new Formula1($"'{ListSheetName}'!${listColumn}$2:${listColumn}${Math.Max(2, count + 1)}"))
        {
            Type = DataValidationValues.List,
            AllowBlank = true,
            ShowErrorMessage = true,
            ErrorTitle = title,
            Error = $"Hãy chọn {title.ToLowerInvariant()} trong danh sách (trang “{ListSheetName}”).",
            SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{letter}2:{letter}{FillableRows + 1}" },
        };
    }

    private static void AddLists(WorkbookPart workbook, IReadOnlyList<(string Header, IReadOnlyList<string> Values)> lists)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        var longest = lists.Max(l => l.Values.Count);
        for (var r = 0; r <= longest; r++)
        {
            var row = new Row { RowIndex = (uint)r + 1 };
            for (var c = 0; c < lists.Count; c++)
            {
                var text = r == 0 ? lists[c].Header : r <= lists[c].Values.Count ? lists[c].Values[r - 1] : null;
                if (text is not null)
                {
                    row.Append(new Cell(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = SpaceProcessingModeValues.Preserve }))
                    {
                        CellReference = $"{(char)('A' + c)}{r + 1}",
                        DataType = CellValues.InlineString,
                    });
                }
            }

            data.Append(row);
        }

        part.Worksheet = new Worksheet(
            new Columns(new Column { Min = 1U, Max = 1U, Width = 90, CustomWidth = true }, new Column { Min = 2U, Max = 3U, Width = 35, CustomWidth = true }),
            data);
        part.Worksheet.Save();
        var sheets = workbook.Workbook.Sheets!;
        sheets.Append(new Sheet { Name = ListSheetName, SheetId = 2U, Id = workbook.GetIdOfPart(part) });
    }
}
