using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Plans;
using Loa.Text;
using Microsoft.EntityFrameworkCore;

namespace Loa.Notifications;

/// <summary>The plan's steps in the people's inbox (and by e-mail): nobody waits without being told.</summary>
public enum PlanStep
{
    /// <summary>The coordinator submitted the draft: the commune's leaders approve it.</summary>
    Submitted,

    /// <summary>A leader returned it: the coordinators read why.</summary>
    Returned,

    /// <summary>A leader approved it: the coordinators issue it (number, date).</summary>
    Approved,

    /// <summary>Issued: every unit with a task to lead or join, and the province's officers.</summary>
    Issued,
}

/// <summary>
/// Who hears of a step of a commune's plan, and what they read; added to the same save as the step, so a step
/// is never taken without its notifications nor the other way round.
/// </summary>
public static class PlanNotifications
{
    public static async Task<int> AddAsync(LoaDbContext db, Plan plan, PlanStep step, DateTime now, CancellationToken cancellationToken = default)
    {
        if (plan.CommuneId is not { } communeId)
        {
            return 0;
        }

        var link = $"/plans/details/{plan.Id}";
        var name = $"kế hoạch “{plan.Title}”";
        var subject = $"Kế hoạch “{plan.Title}”";
        var key = $"plan:{plan.Id}:{step}:v{plan.Version}";
        switch (step)
        {
            case PlanStep.Submitted:
                return await Notifier.NotifyAsync(db, await Recipients.CommuneStaffAsync(db, communeId, [UserRole.Leader], cancellationToken),
                    "Chờ duyệt: kế hoạch thông tin, tuyên truyền CCHC", $"Cán bộ đầu mối đã trình {name} để lãnh đạo duyệt.", link, key, now, save: false, cancellationToken);
            case PlanStep.Returned:
                return await Notifier.NotifyAsync(db, await Recipients.CommuneStaffAsync(db, communeId, [UserRole.Coordinator], cancellationToken),
                    "Lãnh đạo trả lại kế hoạch", $"{subject} bị trả lại: {plan.ReturnComment}", link, key, now, save: false, cancellationToken);
            case PlanStep.Approved:
                return await Notifier.NotifyAsync(db, await Recipients.CommuneStaffAsync(db, communeId, [UserRole.Coordinator], cancellationToken),
                    "Lãnh đạo đã duyệt kế hoạch", $"{subject} đã được duyệt. Bước tiếp theo: ban hành (cấp số, ngày).", link, key, now, save: false, cancellationToken);
            case PlanStep.Issued:
                var issued = $"{subject} đã ban hành, số {plan.Number}, ngày {(plan.IssuedOn is { } on ? DocumentDate.Numeric(on) : "")}.";
                var sent = 0;
                foreach (var (unitId, leads, joins) in await TasksByUnitAsync(db, plan.Id, cancellationToken))
                {
                    var parts = new List<string>();
                    if (leads.Count > 0)
                    {
                        parts.Add($"Đơn vị chủ trì nhiệm vụ {string.Join(", ", leads)}");
                    }

                    if (joins.Count > 0)
                    {
                        parts.Add($"phối hợp nhiệm vụ {string.Join(", ", joins)}");
                    }

                    sent += await Notifier.NotifyAsync(db, await Recipients.UnitOfficersAsync(db, unitId, cancellationToken),
                        $"Kế hoạch năm {plan.Year} đã ban hành: nhiệm vụ của đơn vị", $"{issued} {string.Join("; ", parts)}.", "/tasks/mine", key, now, save: false, cancellationToken);
                }

                return sent + await Notifier.NotifyAsync(db, await Recipients.ProvinceOfficersAsync(db, plan.ProvinceId, cancellationToken),
                    $"{plan.IssuerName} đã ban hành kế hoạch năm {plan.Year}", issued, link, key, now, save: false, cancellationToken);
            default:
                return 0;
        }
    }

    private static async Task<List<(int UnitId, List<string> Leads, List<string> Joins)>> TasksByUnitAsync(
        LoaDbContext db, int planId, CancellationToken cancellationToken)
    {
        var rows = await db.TaskUnits.AsNoTracking()
            .Join(db.Tasks.Where(t => t.PlanId == planId), u => u.TaskId, t => t.Id, (u, t) => new { u.UnitId, u.Role, t.Label, TaskId = t.Id })
            .Where(x => x.UnitId != null)
            .OrderBy(x => x.TaskId)
            .ToListAsync(cancellationToken);
        static List<string> Labels(IEnumerable<string?> labels) => labels.Where(l => l is { Length: > 0 }).Select(l => l!).Distinct().ToList();
        return rows.GroupBy(r => r.UnitId!.Value)
            .Select(g => (g.Key,
                Labels(g.Where(r => r.Role == TaskUnitRole.Lead).Select(r => r.Label)),
                Labels(g.Where(r => r.Role == TaskUnitRole.Partner).Select(r => r.Label))))
            .OrderBy(x => x.Key)
            .ToList();
    }
}
