using System.Text.RegularExpressions;
using Loa.Text;

namespace Loa.Plans.Parsing;

/// <summary>
/// Reads the key-task table (tab-separated or Markdown pipe rows): maps the columns by their header names,
/// drops header rows repeated after page breaks, merges continuation rows (empty number cell) into the row
/// above, and nests sub-rows "4.1", "4.2" under row "4".
/// </summary>
internal static partial class TaskTableReader
{
    private enum Column
    {
        Ignored,
        Label,
        Name,
        Quantity,
        Lead,
        Partners,
        Timeframe,
        Products,
    }

    /// <summary>The tasks of the table, or null when the rows have no header naming a task column.</summary>
    public static List<PlanTask>? Read(IReadOnlyList<IReadOnlyList<string>> rows)
    {
        Column[]? columns = null;
        var parsed = new List<(string? Label, List<string> Cells)>();
        foreach (var row in rows)
        {
            var header = HeaderColumns(row);
            if (header is not null)
            {
                columns ??= header;
                continue; // the first header, or a repeat after a page break
            }

            if (columns is null)
            {
                return null;
            }

            var labelIndex = Array.IndexOf(columns, Column.Label);
            var label = labelIndex >= 0 && labelIndex < row.Count ? row[labelIndex].Trim().TrimEnd('.') : null;
            if (labelIndex >= 0 && string.IsNullOrEmpty(label) && parsed.Count > 0)
            {
                // A continuation row: its cells go on from the cells of the row above.
                var above = parsed[^1].Cells;
                for (var i = 0; i < row.Count && i < above.Count; i++)
                {
                    if (row[i].Length > 0)
                    {
                        above[i] = above[i].Length == 0 ? row[i] : above[i] + " " + row[i];
                    }
                }

                continue;
            }

            var cells = new List<string>(row);
            while (cells.Count < columns.Length)
            {
                cells.Add("");
            }

            parsed.Add((string.IsNullOrEmpty(label) ? null : label, cells));
        }

        return columns is null ? null : Nest(parsed, columns);
    }

    private static List<PlanTask> Nest(List<(string? Label, List<string> Cells)> rows, Column[] columns)
    {
        var top = new List<PlanTask>();
        var byLabel = new Dictionary<string, PlanTask>(StringComparer.Ordinal);
        foreach (var (label, cells) in rows)
        {
            var task = ToTask(label, cells, columns);
            var parentLabel = label is null ? null : ParentLabel(label);
            if (parentLabel is not null && byLabel.TryGetValue(parentLabel, out var parent))
            {
                parent.Children.Add(task);
            }
            else
            {
                top.Add(task);
            }

            if (label is not null)
            {
                byLabel[label] = task;
            }
        }

        return top;
    }

    /// <summary>"4.1" → "4"; "4" → null.</summary>
    private static string? ParentLabel(string label)
    {
        var dot = label.LastIndexOf('.');
        return dot > 0 ? label[..dot] : null;
    }

    private static PlanTask ToTask(string? label, List<string> cells, Column[] columns)
    {
        var task = new PlanTask { Label = label };
        for (var i = 0; i < columns.Length && i < cells.Count; i++)
        {
            var cell = cells[i].Trim();
            switch (columns[i])
            {
                case Column.Name:
                    task.Name = task.Name.Length == 0 ? cell : $"{task.Name} {cell}".Trim();
                    break;
                case Column.Lead:
                    task.Lead = SplitUnits(cell);
                    break;
                case Column.Partners:
                    task.Partners = SplitUnits(cell);
                    break;
                case Column.Timeframe:
                    task.Timeframe = cell.Length == 0 ? null : cell;
                    break;
                case Column.Products:
                    task.Products = cell.Length == 0 ? null : cell;
                    break;
                case Column.Quantity:
                    task.Quantity = QuantityText.TryParse(cell, out var quantity) ? quantity : null;
                    break;
                default:
                    break;
            }
        }

        return task;
    }

    /// <summary>Units are separated by ";" only: "Phòng Văn hóa - Xã hội; Trung tâm …" (a comma is part of a name).</summary>
    private static List<string> SplitUnits(string cell) =>
        [.. cell.Split(';').Select(p => p.Trim()).Where(p => p.Length > 0)];

    /// <summary>True when the row is a task table's header row ("TT", "Nhiệm vụ", "Cơ quan chủ trì" …).</summary>
    public static bool IsHeaderRow(IReadOnlyList<string> row) => HeaderColumns(row) is not null;

    /// <summary>The column meanings when the row is a header row ("TT", "Nhiệm vụ", "Cơ quan chủ trì" …), else null.</summary>
    private static Column[]? HeaderColumns(IReadOnlyList<string> row)
    {
        if (row.Any(c => c.Length > 60) || (row.Count > 0 && row[0].Length > 0 && char.IsAsciiDigit(row[0][0])))
        {
            return null; // a data row: header cells are short and never numbered
        }

        var columns = new Column[row.Count];
        var known = 0;
        var hasLabel = false;
        for (var i = 0; i < row.Count; i++)
        {
            var folded = VietnameseText.FoldWords(row[i]);
            columns[i] = HeaderColumn(folded);
            if (columns[i] != Column.Ignored)
            {
                known++;
            }

            hasLabel |= columns[i] == Column.Label;
        }

        var hasName = columns.Contains(Column.Name);
        return hasName && (known >= 3 || (hasLabel && known >= 2)) ? columns : null;
    }

    private static Column HeaderColumn(string folded)
    {
        if (folded.Length == 0)
        {
            return Column.Ignored;
        }

        if (LabelHeader().IsMatch(folded))
        {
            return Column.Label;
        }

        if (folded.Contains("san pham", StringComparison.Ordinal) || folded.StartsWith("ket qua", StringComparison.Ordinal))
        {
            return Column.Products;
        }

        if (folded.Contains("so luong", StringComparison.Ordinal) || folded.Contains("tan suat", StringComparison.Ordinal)
            || folded.Contains("chi tieu", StringComparison.Ordinal))
        {
            return Column.Quantity;
        }

        if (folded.Contains("chu tri", StringComparison.Ordinal))
        {
            return Column.Lead;
        }

        if (folded.Contains("phoi hop", StringComparison.Ordinal))
        {
            return Column.Partners;
        }

        if (folded.Contains("thoi gian", StringComparison.Ordinal) || folded.Contains("tien do", StringComparison.Ordinal)
            || folded.Contains("thoi han", StringComparison.Ordinal))
        {
            return Column.Timeframe;
        }

        if (folded.Contains("nhiem vu", StringComparison.Ordinal) || folded.Contains("hoat dong", StringComparison.Ordinal)
            || folded.StartsWith("noi dung", StringComparison.Ordinal) || folded.StartsWith("ten ", StringComparison.Ordinal))
        {
            return Column.Name;
        }

        return Column.Ignored;
    }

    [GeneratedRegex(@"^(?:s?tt|so tt|so thu tu)$")]
    private static partial Regex LabelHeader();
}
