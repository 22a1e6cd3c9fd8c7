using DocumentFormat.OpenXml.Wordprocessing;
using Loa.Reports;

namespace Loa.Documents;

/// <summary>
/// The figure tables of a report, on the portrait page: fixed layout, an explicit grid summing to the text width
/// (9071 twips), single rules, the header row repeated on every page, rows that never split, counts right-aligned.
/// </summary>
internal static class ReportTables
{
    public const int TablePoints = 12;
    public const int CellMargin = 57;

    /// <summary>Sub-rows ("4.1") are indented under their row in the task column.</summary>
    public const int SubRowIndent = 227;

    /// <summary>The task table's columns: TT, Nhiệm vụ, Cơ quan chủ trì, Chỉ tiêu, Kỳ này, Lũy kế, Tỷ lệ (%), Tình trạng.</summary>
    public static readonly IReadOnlyList<string> TaskHeaders =
        ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Chỉ tiêu", "Kỳ này", "Lũy kế từ đầu năm", "Tỷ lệ (%)", "Tình trạng"];

    /// <summary>The task table's widths; the task's name takes what the others leave.</summary>
    public static readonly IReadOnlyList<int> TaskWidths = Fill([454, 0, 1531, 850, 680, 680, 737, 1134], 1);

    /// <summary>The columns of a unit's part in tasks others lead: no target, share or verdict.</summary>
    public static readonly IReadOnlyList<string> ContributionHeaders = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Kỳ này", "Lũy kế từ đầu năm", "Số hoạt động"];

    public static readonly IReadOnlyList<int> ContributionWidths = Fill([454, 0, 1984, 1134, 1134, 1134], 1);

    /// <summary>The totals' columns after the first ("Hình thức" or "Nội dung").</summary>
    public static readonly IReadOnlyList<string> TotalHeaders = ["Số hoạt động", "Số lượng", "Người tham dự", "Lượt xem/nghe", "Số bản"];

    public static readonly IReadOnlyList<int> TotalWidths = Fill([0, 1247, 1247, 1247, 1247, 1247], 0);

    public static Table Tasks(IReadOnlyList<ReportTaskLine> tasks)
    {
        var table = DocxTables.Ruled(TaskWidths, CellMargin);
        table.Append(HeaderRow(TaskHeaders, TaskWidths));
        foreach (var (line, label) in tasks.Zip(Labels(tasks)))
        {
            var look = new RunLook(TablePoints);
            var name = Left with { Left = line.IsSubRow ? SubRowIndent : 0 };
            table.Append(DocxTables.Row(
                Cell(0, label, look, Center),
                Cell(1, line.Name, look, name),
                Cell(2, line.Lead, look, Left),
                Cell(3, ReportWording.Target(line), look, Center),
                Cell(4, ReportWording.Number(line.DoneThisPeriod), look, Right),
                Cell(5, ReportWording.Number(line.DoneToDate), look, Right),
                Cell(6, ReportWording.Share(line), look, Right),
                Cell(7, line.Status, look, Center)));
        }

        return table;

        TableCell Cell(int column, string? text, RunLook look, ParagraphLook layout) => TextCell(TaskWidths[column], text, look, layout);
    }

    /// <summary>A unit's part in tasks others lead: its own quantities and activities.</summary>
    public static Table Contributions(IReadOnlyList<ReportContributionLine> lines)
    {
        var table = DocxTables.Ruled(ContributionWidths, CellMargin);
        table.Append(HeaderRow(ContributionHeaders, ContributionWidths));
        var labels = Labels([.. lines.Select(l => new ReportTaskLine { Label = l.Label, IsSubRow = l.IsSubRow })]);
        foreach (var (line, label) in lines.Zip(labels))
        {
            var look = new RunLook(TablePoints);
            table.Append(DocxTables.Row(
                TextCell(ContributionWidths[0], label, look, Center),
                TextCell(ContributionWidths[1], line.Name, look, Left with { Left = line.IsSubRow ? SubRowIndent : 0 }),
                TextCell(ContributionWidths[2], line.Lead, look, Left),
                TextCell(ContributionWidths[3], ReportWording.Number(line.DoneThisPeriod), look, Right),
                TextCell(ContributionWidths[4], ReportWording.Number(line.DoneToDate), look, Right),
                TextCell(ContributionWidths[5], ReportWording.Number(line.Activities), look, Right)));
        }

        return table;
    }

    /// <summary>
    /// A totals table (by channel or by content area) with its total row, bold, from <paramref name="overall"/>, and
    /// after it the year to date from <paramref name="toDate"/> when given.
    /// </summary>
    public static Table Totals(string firstHeader, IReadOnlyList<ReportTotal> rows, ReportTotal? overall, ReportTotal? toDate = null)
    {
        var table = DocxTables.Ruled(TotalWidths, CellMargin);
        table.Append(HeaderRow([firstHeader, .. TotalHeaders], TotalWidths));
        foreach (var row in rows)
        {
            table.Append(TotalRow(row, row.Name, new RunLook(TablePoints)));
        }

        if (overall is not null)
        {
            var name = string.IsNullOrWhiteSpace(overall.Name) ? ReportWording.TotalRow : overall.Name;
            table.Append(TotalRow(overall, name, new RunLook(TablePoints, Bold: true)));
        }

        if (toDate is not null)
        {
            table.Append(TotalRow(toDate, ReportFigures.ToDateName, new RunLook(TablePoints, Bold: true)));
        }

        return table;
    }

    /// <summary>The figures of a totals row, in the order of <see cref="TotalHeaders"/>.</summary>
    public static IReadOnlyList<int> Figures(ReportTotal total) => [total.Activities, total.Quantity, total.Participants, total.Views, total.Copies];

    /// <summary>The TT column: each row's label, or a number in sequence (sub-rows "n.k") when the row has none.</summary>
    public static IReadOnlyList<string> Labels(IReadOnlyList<ReportTaskLine> tasks)
    {
        var labels = new List<string>(tasks.Count);
        var row = 0;
        var sub = 0;
        var parent = "";
        foreach (var task in tasks)
        {
            var own = DocxRuns.Clean(task.Label).Trim().TrimEnd('.');
            if (task.IsSubRow)
            {
                sub++;
                labels.Add(own.Length > 0 ? own : $"{parent}.{sub}");
                continue;
            }

            row++;
            sub = 0;
            parent = own.Length > 0 ? own : row.ToString(System.Globalization.CultureInfo.InvariantCulture);
            labels.Add(parent);
        }

        return labels;
    }

    private static ParagraphLook Left => ParagraphLook.Cell with { Before = 40, After = 40 };

    private static ParagraphLook Center => Left with { Alignment = JustificationValues.Center };

    private static ParagraphLook Right => Left with { Alignment = JustificationValues.Right };

    private static TableRow HeaderRow(IReadOnlyList<string> titles, IReadOnlyList<int> widths)
    {
        var look = new RunLook(TablePoints, Bold: true);
        return DocxTables.Row(
            header: true,
            [.. titles.Select((title, i) => DocxTables.Cell(widths[i], [DocxRuns.Paragraph(title, look, Center)], centerVertically: true))]);
    }

    private static TableRow TotalRow(ReportTotal total, string? name, RunLook look) => DocxTables.Row(
    [
        TextCell(TotalWidths[0], name, look, Left),
        .. Figures(total).Select((figure, i) => TextCell(TotalWidths[i + 1], ReportWording.Number(figure), look, Right)),
    ]);

    /// <summary>A cell with a paragraph per line of the text (an empty cell keeps one empty paragraph).</summary>
    private static TableCell TextCell(int width, string? text, RunLook look, ParagraphLook layout)
    {
        var lines = DocxRuns.Lines(text).ToList();
        return lines.Count == 0
            ? DocxTables.Cell(width, DocxRuns.Paragraph(layout, look))
            : DocxTables.Cell(width, lines.Select(l => DocxRuns.Paragraph(l, look, layout)));
    }

    /// <summary>Gives the column at <paramref name="rest"/> what the others leave of the portrait text width.</summary>
    private static int[] Fill(int[] widths, int rest)
    {
        widths[rest] = DocxPage.PortraitTextWidth - widths.Sum();
        return widths;
    }
}
