using DocumentFormat.OpenXml.Wordprocessing;
using Loa.Plans;

namespace Loa.Documents;

/// <summary>
/// The appendix of key tasks, in a landscape section of its own: "PHỤ LỤC", its title, "(Kèm theo Kế hoạch
/// số … của …)", then the task table: fixed layout, explicit grid as wide as the landscape text, a header row
/// repeated on every page, rows that never split, sub-rows (4.1, 4.2 …) right after their parent.
/// </summary>
internal static class AppendixWriter
{
    public const int HeadingPoints = 14;
    public const int TablePoints = 12;

    public static IEnumerable<DocumentFormat.OpenXml.OpenXmlElement> Build(PlanDocument plan)
    {
        var centered = ParagraphLook.Centered with { After = 0, KeepNext = true };
        yield return DocxRuns.Paragraph("PHỤ LỤC", new RunLook(HeadingPoints, Bold: true), centered);
        yield return DocxRuns.Paragraph(PlanWording.AppendixTitle(plan), new RunLook(HeadingPoints, Bold: true), centered);
        yield return DocxRuns.Paragraph(PlanWording.AppendixReference(plan), new RunLook(HeadingPoints, Italic: true), centered with { After = 240 });
        yield return Table(plan.Tasks);
    }

    /// <summary>The columns the table shows: quantity and products only when some task has them.</summary>
    public static IReadOnlyList<TaskColumn> Columns(IReadOnlyList<PlanTask> tasks)
    {
        var all = TaskTableExport.Flatten(tasks).ToList();
        var columns = new List<TaskColumn> { TaskColumn.Number, TaskColumn.Name, TaskColumn.Lead, TaskColumn.Partners, TaskColumn.Timeframe };
        if (all.Any(t => t.Quantity is not null))
        {
            columns.Add(TaskColumn.Quantity);
        }

        if (all.Any(t => !string.IsNullOrWhiteSpace(t.Products)))
        {
            columns.Add(TaskColumn.Products);
        }

        return columns;
    }

    /// <summary>Column widths in twips, in proportion to each column's weight, summing to the landscape text width.</summary>
    public static IReadOnlyList<int> Widths(IReadOnlyList<TaskColumn> columns)
    {
        var weights = columns.Select(Weight).ToList();
        var total = weights.Sum();
        var widths = weights.Select(w => DocxPage.LandscapeTextWidth * w / total).ToList();
        widths[1] += DocxPage.LandscapeTextWidth - widths.Sum(); // the remainder to the task's name
        return widths;
    }

    public static string Title(TaskColumn column) => column switch
    {
        TaskColumn.Number => "TT",
        TaskColumn.Name => "Nhiệm vụ",
        TaskColumn.Lead => "Cơ quan chủ trì",
        TaskColumn.Partners => "Cơ quan phối hợp",
        TaskColumn.Timeframe => "Thời gian thực hiện",
        TaskColumn.Quantity => "Số lượng",
        TaskColumn.Products => "Hoạt động/sản phẩm",
        _ => throw new ArgumentOutOfRangeException(nameof(column)),
    };

    private static Table Table(IReadOnlyList<PlanTask> tasks)
    {
        var columns = Columns(tasks);
        var widths = Widths(columns);
        var table = DocxTables.Ruled(widths, cellMargin: 85);
        var header = new RunLook(TablePoints, Bold: true);
        var centered = ParagraphLook.Cell with { Alignment = JustificationValues.Center, Before = 40, After = 40 };
        table.Append(DocxTables.Row(
            header: true,
            [.. columns.Select((c, i) => DocxTables.Cell(widths[i], [DocxRuns.Paragraph(Title(c), header, centered)], centerVertically: true))]));

        foreach (var task in TaskTableExport.Flatten(tasks))
        {
            table.Append(DocxTables.Row([.. columns.Select((c, i) => DocxTables.Cell(widths[i], CellParagraphs(task, c)))]));
        }

        return table;
    }

    private static IEnumerable<Paragraph> CellParagraphs(PlanTask task, TaskColumn column)
    {
        var look = new RunLook(TablePoints);
        var left = ParagraphLook.Cell with { Before = 40, After = 40 };
        var center = left with { Alignment = JustificationValues.Center };
        var layout = column is TaskColumn.Number or TaskColumn.Timeframe or TaskColumn.Quantity ? center : left;
        return CellLines(TaskTableExport.CellText(task, column)).Select(line => DocxRuns.Paragraph(line, look, layout));
    }

    /// <summary>
    /// The lines of a cell: its own line breaks, and bullets run together by the parser ("- A. - B") set apart again.
    /// </summary>
    private static IEnumerable<string> CellLines(string text)
    {
        foreach (var line in DocxRuns.Lines(text))
        {
            if (!line.StartsWith("- ", StringComparison.Ordinal))
            {
                yield return line;
                continue;
            }

            var start = 0;
            for (var i = 2; i + 2 < line.Length; i++)
            {
                if (line[i] == ' ' && line[i + 1] == '-' && line[i + 2] == ' ' && i > 0 && line[i - 1] is '.' or ';' or ',')
                {
                    yield return line[start..i].Trim();
                    start = i + 1;
                }
            }

            yield return line[start..].Trim();
        }
    }

    private static int Weight(TaskColumn column) => column switch
    {
        TaskColumn.Number => 5,
        TaskColumn.Name => 28,
        TaskColumn.Lead => 16,
        TaskColumn.Partners => 15,
        TaskColumn.Timeframe => 14,
        TaskColumn.Quantity => 8,
        TaskColumn.Products => 16,
        _ => 10,
    };
}

/// <summary>The columns of the key-task table.</summary>
public enum TaskColumn
{
    Number,
    Name,
    Lead,
    Partners,
    Timeframe,
    Quantity,
    Products,
}
