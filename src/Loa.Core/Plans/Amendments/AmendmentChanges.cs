namespace Loa.Plans.Amendments;

public enum TaskChangeKind
{
    Added = 1,
    Removed = 2,
    Changed = 3,
}

/// <summary>One cell of a task that an amendment changes: its Vietnamese name, and the text before and after.</summary>
public sealed record FieldChange(string Field, string? Before, string? After);

/// <summary>A task the amendment adds, removes or changes; for a change, field by field.</summary>
public sealed record TaskChange(TaskChangeKind Kind, string? OldLabel, string? NewLabel, string Name, IReadOnlyList<FieldChange> Fields)
{
    /// <summary>One line for the list of changes and for the amending document.</summary>
    public string Sentence => Kind switch
    {
        TaskChangeKind.Added => $"Bổ sung nhiệm vụ {NewLabel}: {Name}.",
        TaskChangeKind.Removed => $"Bỏ nhiệm vụ {OldLabel}: {Name}.",
        _ => $"Điều chỉnh nhiệm vụ {OldLabel}{(OldLabel == NewLabel ? "" : $" (nay là {NewLabel})")} ({Short(Name)}): "
            + string.Join("; ", Fields.Select(f => $"{f.Field} từ “{f.Before ?? "(trống)"}” thành “{f.After ?? "(trống)"}”")) + ".",
    };

    private static string Short(string text) => text.Length > 80 ? text[..80] + "…" : text;
}

/// <summary>
/// What an amending plan changes in the task table of the plan it amends: each task of the amendment carries on the task
/// it was copied from (<see cref="KeyTask.AmendsTaskId"/>), or is new; a task of the amended plan that nothing carries on
/// is removed. Listed in the amendment's table order, removed tasks last.
/// </summary>
public static class AmendmentChanges
{
    public static List<TaskChange> Compare(IReadOnlyCollection<KeyTask> amended, IReadOnlyCollection<KeyTask> amendment)
    {
        var old = amended.ToDictionary(t => t.Id);
        var oldParent = amended.ToDictionary(t => t.Id, t => t.ParentId);
        var changes = new List<TaskChange>();
        var carried = new HashSet<int>();
        foreach (var task in InTableOrder(amendment))
        {
            if (task.AmendsTaskId is not { } was || !old.TryGetValue(was, out var before))
            {
                changes.Add(new TaskChange(TaskChangeKind.Added, null, task.Label, task.Name, []));
                continue;
            }

            carried.Add(was);
            var parent = task.Parent ?? amendment.FirstOrDefault(t => t.Id == task.ParentId);
            var parentBefore = before.Parent ?? amended.FirstOrDefault(t => t.Id == before.ParentId);
            var fields = Fields(before, task);
            var sameParent = parent is null ? oldParent[was] is null : parent.AmendsTaskId is { } p && p == oldParent[was];
            if (!sameParent)
            {
                // Placed under another task (or made a main task): said after the number and the name.
                var at = fields.Count(f => f.Field is "Số thứ tự" or "Nội dung");
                const string Main = "là nhiệm vụ chính";
                fields.Insert(at, new FieldChange("Thuộc nhiệm vụ", parentBefore?.Label ?? Main, parent?.Label ?? Main));
            }

            if (fields.Count > 0)
            {
                changes.Add(new TaskChange(TaskChangeKind.Changed, before.Label, task.Label, task.Name, fields));
            }
        }

        changes.AddRange(InTableOrder(amended).Where(t => !carried.Contains(t.Id))
            .Select(t => new TaskChange(TaskChangeKind.Removed, t.Label, null, t.Name, [])));
        return changes;
    }

    private static List<FieldChange> Fields(KeyTask before, KeyTask after)
    {
        var fields = new List<FieldChange>();
        void Compare(string field, string? a, string? b)
        {
            a = string.IsNullOrWhiteSpace(a) ? null : a.Trim();
            b = string.IsNullOrWhiteSpace(b) ? null : b.Trim();
            if (!string.Equals(a, b, StringComparison.Ordinal))
            {
                fields.Add(new FieldChange(field, a, b));
            }
        }

        Compare("Số thứ tự", before.Label, after.Label);
        Compare("Nội dung", before.Name, after.Name);
        Compare("Cơ quan chủ trì", Units(before.Leads), Units(after.Leads));
        Compare("Cơ quan phối hợp", Units(before.Partners), Units(after.Partners));
        Compare("Thời gian thực hiện", before.Timeframe, after.Timeframe);
        Compare("Số lượng", before.QuantityText, after.QuantityText);
        Compare("Sản phẩm", before.Products, after.Products);
        return fields;
    }

    private static string Units(IEnumerable<KeyTaskUnit> units) => string.Join("; ", units.Select(u => u.Name));

    /// <summary>Main tasks in order, each followed by its sub-rows in order.</summary>
    public static IEnumerable<KeyTask> InTableOrder(IReadOnlyCollection<KeyTask> tasks)
    {
        var childrenOf = PlanMapper.ChildrenOf(tasks, t => t.Id, t => t.ParentId, t => t.Children);
        return PlanMapper.Roots(tasks, childrenOf, t => t.ParentId).OrderBy(t => t.Order)
            .SelectMany(t => childrenOf(t).OrderBy(c => c.Order).Prepend(t));
    }
}
