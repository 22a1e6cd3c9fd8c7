using Loa.Data;
using Loa.Plans;
using Loa.Text;
using Loa.Units;

namespace Loa.Activities;

/// <summary>
/// Recording an activity on one key task: for which units the user may record (<see cref="ActivityAccess.MayRecordFor"/>:
/// the coordinator for any unit, the task's lead and partner units first; a unit officer for their own unit when it leads
/// or helps with the task or its parent row), whether the task's plan takes activities now, and the date a new one starts with.
/// </summary>
public sealed class ActivityRecording
{
    /// <param name="scope">Who records.</param>
    /// <param name="keyTask">The task, with its units and its parent row's units.</param>
    /// <param name="plan">The task's plan.</param>
    /// <param name="candidates">The current units the user might record for (the coordinator: every unit of the commune; a unit officer: their own).</param>
    public ActivityRecording(TenantScope scope, KeyTask keyTask, Plan plan, IEnumerable<Unit> candidates)
    {
        KeyTask = keyTask;
        Plan = plan;
        var linked = TaskUnitIds(keyTask);
        Units = candidates.Where(u => ActivityAccess.MayRecordFor(scope, u.Id, linked))
            .OrderByDescending(u => linked.Contains(u.Id)).ThenBy(u => u.Name, VietnameseOrder.Instance).ToList();
    }

    public KeyTask KeyTask { get; }

    public Plan Plan { get; }

    /// <summary>The units the user may record for on this task: the task's own units first, then by name.</summary>
    public IReadOnlyList<Unit> Units { get; }

    /// <summary>The lead and partner units of the task and of its parent row.</summary>
    public static IReadOnlySet<int> TaskUnitIds(KeyTask keyTask) =>
        keyTask.Units.Concat(keyTask.Parent?.Units ?? []).Select(u => u.UnitId).OfType<int>().ToHashSet();

    /// <summary>Null when the user may record here on <paramref name="today"/>; otherwise why not, in Vietnamese.</summary>
    public string? Refusal(DateOnly today)
    {
        if (Plan.Status != PlanStatus.Issued)
        {
            return "Kế hoạch chưa ban hành nên chưa ghi nhận kết quả được.";
        }

        if (!PlanAccess.TakesActivities(Plan))
        {
            return "Kết quả được ghi nhận theo kế hoạch của xã, phường, không theo kế hoạch của tỉnh hay của đơn vị.";
        }

        if (Plan.Year > today.Year)
        {
            return $"Kế hoạch năm {Plan.Year} chưa bắt đầu: kết quả được ghi nhận từ ngày 01/01/{Plan.Year}. Việc làm trong năm {today.Year} ghi vào kế hoạch năm {today.Year}.";
        }

        return Units.Count == 0 ? "Đơn vị của bạn không chủ trì hay phối hợp nhiệm vụ này." : null;
    }

    /// <summary>The date a new activity starts with: today, or the plan year's last day for a past year's plan.</summary>
    public DateOnly DefaultDate(DateOnly today) => Plan.Year < today.Year ? new DateOnly(Plan.Year, 12, 31) : today;

    /// <summary>The unit a new activity starts with (call only when <see cref="Refusal"/> is null).</summary>
    public int DefaultUnitId => Units[0].Id;

    /// <summary>Whether the chosen unit is one the user may record for.</summary>
    public bool MayUse(int? unitId) => unitId is { } id && Units.Any(u => u.Id == id);
}
