namespace Loa.Plans;

/// <summary>
/// Work counts toward the plan of the year it was done in: an activity, a published article, a survey or contest is
/// credited only to a plan whose year contains its date. The pickers offer those plans' tasks first, grouped by plan,
/// and every task is named with its plan's year.
/// </summary>
public static class PlanYearCredit
{
    /// <summary>Whether work dated <paramref name="date"/> may count toward a plan of <paramref name="planYear"/>.</summary>
    public static bool Credits(int planYear, DateOnly date) => date.Year == planYear;

    /// <summary>Why work dated <paramref name="date"/> cannot count toward a plan of <paramref name="planYear"/>, in Vietnamese; null when it can.</summary>
    /// <param name="what">What the work is and when, e.g. "Bài đăng ngày 07/12/2026".</param>
    public static string? Problem(int planYear, DateOnly date, string what) => Credits(planYear, date)
        ? null
        : $"{what} được tính cho kế hoạch năm {date.Year}, không tính cho kế hoạch năm {planYear}. Hãy chọn nhiệm vụ của kế hoạch năm {date.Year}.";

    /// <summary>A task's name with its plan's year, e.g. "Năm 2026 · 2. Tổ chức hội nghị …" (the same numbers recur every year).</summary>
    public static string TaskName(int planYear, string? label, string name) =>
        $"Năm {planYear} · {(label is { Length: > 0 } ? label + ". " : "")}{name}";

    /// <summary>
    /// Groups tasks by plan for a picker: the plan whose year contains <paramref name="date"/> first, then the others
    /// from the newest year; tasks keep the order given.
    /// </summary>
    public static IReadOnlyList<TaskGroup<T>> Group<T>(IEnumerable<T> tasks, Func<T, (int PlanId, int Year)> planOf, DateOnly date)
    {
        return tasks.GroupBy(planOf)
            .OrderByDescending(g => Credits(g.Key.Year, date))
            .ThenByDescending(g => g.Key.Year)
            .ThenBy(g => g.Key.PlanId)
            .Select(g => new TaskGroup<T>(g.Key.PlanId, g.Key.Year, Credits(g.Key.Year, date), g.ToList()))
            .ToList();
    }

    /// <summary>The tasks of one plan in a picker; <see cref="Counts"/> is whether work dated on the picker's date counts toward it.</summary>
    public sealed record TaskGroup<T>(int PlanId, int Year, bool Counts, IReadOnlyList<T> Tasks)
    {
        /// <summary>The group's heading, e.g. "Kế hoạch năm 2027 (chỉ tính việc làm trong năm 2027)".</summary>
        public string Heading => $"Kế hoạch năm {Year} (chỉ tính việc làm trong năm {Year})";
    }
}
