using Loa.Plans;

namespace Loa.Plans;

/// <summary>
/// The leads and partners chosen on a task's form, applied without disturbing what stays: units that stay chosen keep
/// their place and the name as the plan writes it, new ones come after them, dropped ones go. A save that chose the same
/// units changes nothing (so the version history records no change that nobody made).
/// </summary>
public static class TaskUnitSelection
{
    /// <summary>One choice: a unit of the commune (by id), or a name that is no unit ("Các cơ quan, đơn vị").</summary>
    public readonly record struct Choice(int? UnitId, string Name);

    /// <summary>Applies the choices; returns whether the task's units changed.</summary>
    public static bool Apply(KeyTask task, IReadOnlyList<Choice> leads, IReadOnlyList<Choice> partners, UnitMatcher matcher)
    {
        var changed = false;
        foreach (var (role, chosen) in new[] { (TaskUnitRole.Lead, leads), (TaskUnitRole.Partner, partners) })
        {
            var existing = task.Units.Where(u => u.Role == role).OrderBy(u => u.Order).ToList();
            var kept = existing.Where(u => chosen.Any(c => Same(u, c))).ToList();
            var added = chosen.Where(c => !existing.Any(u => Same(u, c))).DistinctBy(Key)
                .Select(c => new KeyTaskUnit { Name = c.Name, Role = role, UnitId = c.UnitId ?? matcher.Match(c.Name)?.Id })
                .ToList();
            if (kept.Count == existing.Count && added.Count == 0)
            {
                continue;
            }

            changed = true;
            task.Units.RemoveAll(u => u.Role == role && !kept.Contains(u));
            task.Units.AddRange(added);
            var order = 0;
            foreach (var unit in kept.Concat(added))
            {
                unit.Order = order++;
            }
        }

        return changed;
    }

    private static bool Same(KeyTaskUnit unit, Choice choice) =>
        choice.UnitId is { } id ? unit.UnitId == id : unit.UnitId is null && string.Equals(unit.Name, choice.Name, StringComparison.Ordinal);

    private static string Key(Choice choice) => choice.UnitId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? choice.Name;
}
