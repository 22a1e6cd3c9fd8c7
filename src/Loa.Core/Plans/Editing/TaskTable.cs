using System.Globalization;

namespace Loa.Plans.Editing;

/// <summary>
/// The task table as a flat list of rows, each a main task (depth 0) or a sub-row of the main task above it (depth 1),
/// and the edits a person makes to it before saving: add, remove, move up and down, indent and outdent. Every edit
/// keeps the list well formed (the first row is a main task, sub-rows sit under a main task) and renumbers it
/// ("1", "2", "2.1" …). An edit that cannot be made returns its reason in Vietnamese and leaves the list unchanged.
/// </summary>
public static class TaskTable
{
    /// <summary>The most rows a table may have (the longest plans have about 40).</summary>
    public const int MaxRows = 300;

    /// <summary>The plan's tasks in table order: each main task followed by its sub-rows.</summary>
    public static List<TaskRow> FromPlan(Plan plan)
    {
        var all = plan.Tasks;
        var childrenOf = PlanMapper.ChildrenOf(all, t => t.Id, t => t.ParentId, t => t.Children);
        var rows = PlanMapper.Roots(all, childrenOf, t => t.ParentId).OrderBy(t => t.Order)
            .SelectMany(t => childrenOf(t).OrderBy(c => c.Order).Select(SubRow).Prepend(TaskRow.From(t)))
            .ToList();
        return Normalise(rows);
    }

    private static TaskRow SubRow(KeyTask task)
    {
        var row = TaskRow.From(task);
        row.Depth = 1;
        return row;
    }

    /// <summary>Makes a posted list well formed: depths 0 or 1, the first row a main task; then numbers it.</summary>
    public static List<TaskRow> Normalise(List<TaskRow> rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            rows[i].Depth = i == 0 ? 0 : Math.Clamp(rows[i].Depth, 0, 1);
        }

        Number(rows);
        return rows;
    }

    /// <summary>Numbers the rows as plans do: main tasks 1, 2, 3 …; the sub-rows of task 2 are 2.1, 2.2 ….</summary>
    public static void Number(List<TaskRow> rows)
    {
        int main = 0, sub = 0;
        foreach (var row in rows)
        {
            if (row.Depth == 0)
            {
                main++;
                sub = 0;
                row.Label = main.ToString(CultureInfo.InvariantCulture);
            }
            else
            {
                sub++;
                row.Label = string.Create(CultureInfo.InvariantCulture, $"{main}.{sub}");
            }
        }
    }

    /// <summary>Applies one edit named as the table's buttons name them: "add", "add-sub:3", "remove:3", "up:3", "down:3", "indent:3", "outdent:3".</summary>
    public static string? Apply(List<TaskRow> rows, string? command)
    {
        var parts = (command ?? "").Split(':', 2);
        int? index = parts.Length == 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : null;
        if (parts[0] != "add" && (index is not { } at || at < 0 || at >= rows.Count))
        {
            return "Dòng được chọn không còn trong bảng. Hãy xem lại bảng rồi làm lại.";
        }

        var result = parts[0] switch
        {
            "add" when index is null => Add(rows),
            "add" => AddSub(rows, index.Value),
            "remove" => Remove(rows, index!.Value),
            "up" => MoveUp(rows, index!.Value),
            "down" => MoveDown(rows, index!.Value),
            "indent" => Indent(rows, index!.Value),
            "outdent" => Outdent(rows, index!.Value),
            _ => "Thao tác không hợp lệ.",
        };
        Number(rows);
        return result;
    }

    /// <summary>Adds an empty main task at the end.</summary>
    public static string? Add(List<TaskRow> rows)
    {
        if (rows.Count >= MaxRows)
        {
            return $"Bảng nhiệm vụ có tối đa {MaxRows} dòng.";
        }

        rows.Add(new TaskRow { Depth = 0 });
        Number(rows);
        return null;
    }

    /// <summary>Adds an empty sub-row at the end of the sub-rows of the main task that row <paramref name="index"/> belongs to.</summary>
    public static string? AddSub(List<TaskRow> rows, int index)
    {
        if (rows.Count >= MaxRows)
        {
            return $"Bảng nhiệm vụ có tối đa {MaxRows} dòng.";
        }

        var main = MainOf(rows, index);
        rows.Insert(BlockEnd(rows, main), new TaskRow { Depth = 1 });
        Number(rows);
        return null;
    }

    /// <summary>Removes a row; a main task goes with its sub-rows.</summary>
    public static string? Remove(List<TaskRow> rows, int index)
    {
        rows.RemoveRange(index, BlockEnd(rows, index) - index);
        Normalise(rows);
        return null;
    }

    /// <summary>
    /// Moves a row up: a main task (with its sub-rows) before the main task above it; a sub-row before the sub-row above
    /// it, or, when it is the first, to the end of the sub-rows of the main task before its own.
    /// </summary>
    public static string? MoveUp(List<TaskRow> rows, int index)
    {
        if (rows[index].Depth == 0)
        {
            var previous = PreviousMain(rows, index);
            if (previous < 0)
            {
                return "Nhiệm vụ đã ở đầu bảng.";
            }

            MoveBlock(rows, index, previous);
        }
        else if (rows[index - 1].Depth == 1)
        {
            (rows[index - 1], rows[index]) = (rows[index], rows[index - 1]);
        }
        else
        {
            var parent = index - 1;
            if (PreviousMain(rows, parent) < 0)
            {
                return "Nội dung con đã ở đầu bảng.";
            }

            var row = rows[index];
            rows.RemoveAt(index);
            rows.Insert(parent, row);
        }

        Number(rows);
        return null;
    }

    /// <summary>
    /// Moves a row down: a main task (with its sub-rows) after the next main task and its sub-rows; a sub-row after the
    /// next sub-row, or, when it is the last, to the top of the sub-rows of the next main task.
    /// </summary>
    public static string? MoveDown(List<TaskRow> rows, int index)
    {
        if (rows[index].Depth == 0)
        {
            var next = BlockEnd(rows, index);
            if (next >= rows.Count)
            {
                return "Nhiệm vụ đã ở cuối bảng.";
            }

            MoveBlock(rows, next, index);
        }
        else if (index + 1 < rows.Count && rows[index + 1].Depth == 1)
        {
            (rows[index + 1], rows[index]) = (rows[index], rows[index + 1]);
        }
        else
        {
            if (index + 1 >= rows.Count)
            {
                return "Nội dung con đã ở cuối bảng.";
            }

            var row = rows[index];
            rows.RemoveAt(index);
            rows.Insert(index + 1, row);
        }

        Number(rows);
        return null;
    }

    /// <summary>Makes a main task a sub-row of the main task above it (only one level of sub-rows, as plans have).</summary>
    public static string? Indent(List<TaskRow> rows, int index)
    {
        if (rows[index].Depth == 1)
        {
            return "Dòng này đã là nội dung con.";
        }

        if (index == 0)
        {
            return "Dòng đầu bảng không thể là nội dung con: chưa có nhiệm vụ nào ở trên.";
        }

        if (BlockEnd(rows, index) > index + 1)
        {
            return "Nhiệm vụ đang có nội dung con nên không thể làm nội dung con của nhiệm vụ khác.";
        }

        rows[index].Depth = 1;
        Number(rows);
        return null;
    }

    /// <summary>Makes a sub-row a main task in its place; the sub-rows below it become its own.</summary>
    public static string? Outdent(List<TaskRow> rows, int index)
    {
        if (rows[index].Depth == 0)
        {
            return "Dòng này đã là nhiệm vụ chính.";
        }

        rows[index].Depth = 0;
        Number(rows);
        return null;
    }

    /// <summary>The index of the main task that row <paramref name="index"/> is or belongs to.</summary>
    public static int MainOf(List<TaskRow> rows, int index)
    {
        while (index > 0 && rows[index].Depth > 0)
        {
            index--;
        }

        return index;
    }

    /// <summary>True when the main task at <paramref name="index"/> has sub-rows.</summary>
    public static bool HasSubRows(List<TaskRow> rows, int index) => rows[index].Depth == 0 && index + 1 < rows.Count && rows[index + 1].Depth == 1;

    /// <summary>The index just after the row and, for a main task, its sub-rows.</summary>
    private static int BlockEnd(List<TaskRow> rows, int index)
    {
        var end = index + 1;
        if (rows[index].Depth == 0)
        {
            while (end < rows.Count && rows[end].Depth > 0)
            {
                end++;
            }
        }

        return end;
    }

    private static int PreviousMain(List<TaskRow> rows, int index)
    {
        for (var i = index - 1; i >= 0; i--)
        {
            if (rows[i].Depth == 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Moves the block starting at <paramref name="from"/> so that it starts at <paramref name="to"/> (to &lt; from).</summary>
    private static void MoveBlock(List<TaskRow> rows, int from, int to)
    {
        var block = rows.GetRange(from, BlockEnd(rows, from) - from);
        rows.RemoveRange(from, block.Count);
        rows.InsertRange(to, block);
    }
}
