using Loa.Plans.Parsing;
using Loa.Units;

namespace Loa.Plans.Editing;

/// <summary>What is wrong with the table: per row (by its index) and for the whole table, in Vietnamese.</summary>
public sealed class TableProblems
{
    public Dictionary<int, List<string>> Rows { get; } = [];

    public List<string> Table { get; } = [];

    public bool Any => Rows.Count > 0 || Table.Count > 0;

    public void Add(int row, string message)
    {
        if (!Rows.TryGetValue(row, out var list))
        {
            Rows[row] = list = [];
        }

        list.Add(message);
    }

    public IReadOnlyList<string> For(int row) => Rows.TryGetValue(row, out var list) ? list : [];
}

/// <summary>
/// Checks a whole edited table and writes it onto the plan's tasks: rows that stand for a task update it, new rows
/// become tasks, tasks without a row go. Either every row is valid and everything is applied, or nothing is.
/// </summary>
public static class TaskTableSave
{
    /// <summary>Checks every row: a name, lengths, the units are the commune's, a quantity that starts with a number, a lead where one is needed.</summary>
    public static TableProblems Validate(List<TaskRow> rows, IReadOnlyCollection<Unit> units)
    {
        var problems = new TableProblems();
        if (rows.Count > TaskTable.MaxRows)
        {
            problems.Table.Add($"Bảng nhiệm vụ có tối đa {TaskTable.MaxRows} dòng.");
            return problems;
        }

        var own = units.Select(u => u.Id).ToHashSet();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            void Long(string? text, int max, string what)
            {
                if (text is not null && text.Trim().Length > max)
                {
                    problems.Add(i, $"{what} dài quá {max} ký tự.");
                }
            }

            if (string.IsNullOrWhiteSpace(row.Name))
            {
                problems.Add(i, "Hãy ghi nội dung nhiệm vụ.");
            }

            Long(row.Name, 2000, "Nội dung nhiệm vụ");
            Long(row.OtherLeads, 600, "Danh sách chủ trì khác");
            Long(row.OtherPartners, 600, "Danh sách phối hợp khác");
            Long(row.Timeframe, 300, "Thời gian thực hiện");
            Long(row.Quantity, 200, "Số lượng");
            Long(row.Products, 2000, "Sản phẩm");
            if (row.LeadUnitIds.Concat(row.PartnerUnitIds).Any(id => !own.Contains(id)))
            {
                problems.Add(i, "Có đơn vị được chọn không thuộc xã, phường của bạn.");
            }

            if (QuantityText.Problem(row.Quantity) is { } quantity)
            {
                problems.Add(i, quantity);
            }

            // As for submitting: a main task with sub-rows may be a heading; any other row needs a lead, its own or its main task's.
            if (!HasLead(row) && !TaskTable.HasSubRows(rows, i) && !(row.IsSub && HasLead(rows[TaskTable.MainOf(rows, i)])))
            {
                problems.Add(i, "Hãy chọn ít nhất một cơ quan chủ trì.");
            }
        }

        return problems;
    }

    private static bool HasLead(TaskRow row) => row.LeadUnitIds.Count > 0 || !string.IsNullOrWhiteSpace(row.OtherLeads);

    /// <summary>
    /// Writes the rows onto the plan's (tracked) tasks. <paramref name="recorded"/> counts the activities recorded per task:
    /// a task with activities cannot be removed. Returns the tasks to delete, or the problems (and then changes nothing).
    /// </summary>
    public static (List<KeyTask> Removed, TableProblems Problems) Apply(
        Plan plan, List<TaskRow> rows, IReadOnlyCollection<Unit> units, UnitMatcher matcher, IReadOnlyDictionary<int, int> recorded)
    {
        var problems = Validate(rows, units);
        var byId = plan.Tasks.ToDictionary(t => t.Id);
        var kept = rows.Where(r => r.Id is { } id && byId.ContainsKey(id)).Select(r => r.Id!.Value).ToHashSet();
        var removed = plan.Tasks.Where(t => !kept.Contains(t.Id)).ToList();
        foreach (var task in removed.Where(t => recorded.GetValueOrDefault(t.Id) > 0))
        {
            problems.Table.Add($"Nhiệm vụ {task.Label} “{Short(task.Name)}” đã có {recorded[task.Id]} hoạt động được ghi nhận nên không xóa được.");
        }

        if (problems.Any)
        {
            return ([], problems);
        }

        TaskTable.Number(rows);
        KeyTask? main = null;
        var seen = new HashSet<int>();
        int mainOrder = 0, subOrder = 0;
        foreach (var row in rows)
        {
            // A row posted twice with the same id, or naming a task of no plan here, becomes a new task: never another plan's.
            var task = row.Id is { } id && byId.TryGetValue(id, out var existing) && seen.Add(id) ? existing : NewTask(plan, row);
            var parent = row.Depth == 0 ? null : main;
            if (task.Parent != parent || (parent is null && task.ParentId is not null))
            {
                task.Parent?.Children.Remove(task);
                parent?.Children.Add(task);
                task.Parent = parent;
                task.ParentId = parent?.Id is > 0 ? parent.Id : null;
            }

            task.Order = parent is null ? mainOrder++ : subOrder++;
            if (parent is null)
            {
                main = task;
                subOrder = 0;
            }

            Write(task, row, units, matcher);
        }

        foreach (var task in removed)
        {
            plan.Tasks.Remove(task);
            task.Parent?.Children.Remove(task);
        }

        return (removed, problems);
    }

    private static KeyTask NewTask(Plan plan, TaskRow row)
    {
        var task = new KeyTask { ProvinceId = plan.ProvinceId, CommuneId = plan.CommuneId, Indices = Indices.IndexKindText.Named(row.Name ?? "") };
        plan.Tasks.Add(task);
        return task;
    }

    private static void Write(KeyTask task, TaskRow row, IReadOnlyCollection<Unit> units, UnitMatcher matcher)
    {
        static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        task.Label = row.Label;
        task.Name = row.Name!.Trim();
        task.Timeframe = Clean(row.Timeframe);
        var quantityText = Clean(row.Quantity);
        if (quantityText != task.QuantityText)
        {
            var quantity = quantityText is null ? null : QuantityText.Parse(quantityText);
            task.QuantityText = quantityText;
            task.QuantityValue = quantity?.Value;
            task.QuantityUnit = quantity?.Unit;
        }

        task.Products = Clean(row.Products);
        TaskUnitSelection.Apply(task, Choices(row.LeadUnitIds, row.OtherLeads, units), Choices(row.PartnerUnitIds, row.OtherPartners, units), matcher);
    }

    private static List<TaskUnitSelection.Choice> Choices(List<int> ids, string? others, IReadOnlyCollection<Unit> units) =>
        ids.Distinct().Select(id => new TaskUnitSelection.Choice(id, units.First(u => u.Id == id).Name))
            .Concat((others ?? "").Split(';').Select(n => n.Trim()).Where(n => n.Length > 0).Select(n => new TaskUnitSelection.Choice(null, n)))
            .ToList();

    private static string Short(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
