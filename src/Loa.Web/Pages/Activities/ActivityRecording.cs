using Loa.Activities;
using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Plans;
using Loa.Text;
using Loa.Units;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Activities;

/// <summary>Who may record for which task and unit (<see cref="ActivityAccess.MayRecordFor"/>): the task's plan must be issued; a unit officer records for their own unit on tasks it leads or helps with.</summary>
public sealed class ActivityRecording(LoaDbContext db)
{
    public KeyTask? Task { get; private set; }

    public Plan? Plan { get; private set; }

    /// <summary>The units the user may record for on this task.</summary>
    public IReadOnlyList<Unit> Units { get; private set; } = [];

    public async Task<bool> LoadAsync(int taskId)
    {
        Task = await db.Tasks.WithUnitsAndParent().FirstOrDefaultAsync(t => t.Id == taskId);
        if (Task is null)
        {
            return false;
        }

        Plan = await db.Plans.AsNoTracking().FirstAsync(p => p.Id == Task.PlanId);
        var scope = db.Scope;
        var linked = Task.Units.Concat(Task.Parent?.Units ?? []).Select(u => u.UnitId).OfType<int>().ToHashSet();
        var candidates = scope.Role == UserRole.Coordinator
            ? (await db.Units.AsNoTracking().Where(u => !u.IsArchived).ToListAsync()).OrderByDescending(u => linked.Contains(u.Id)).ThenBy(u => u.Name, VietnameseOrder.Instance).ToList()
            : await db.Units.AsNoTracking().Where(u => u.Id == scope.UnitId).ToListAsync();
        Units = candidates.Where(u => ActivityAccess.MayRecordFor(scope, u.Id, linked)).ToList();
        return true;
    }

    /// <summary>Null when the user may record here on <paramref name="today"/>; otherwise why not, in Vietnamese.</summary>
    public string? Refusal(DateOnly today)
    {
        if (Plan!.Status != PlanStatus.Issued)
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
    public DateOnly DefaultDate(DateOnly today) => Plan!.Year < today.Year ? new DateOnly(Plan.Year, 12, 31) : today;

    public int DefaultUnitId => Units[0].Id;

    public bool MayUse(int? unitId) => unitId is { } id && Units.Any(u => u.Id == id);
}
