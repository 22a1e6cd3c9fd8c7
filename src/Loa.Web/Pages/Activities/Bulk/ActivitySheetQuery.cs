using Loa.Activities.Bulk;
using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Plans;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Activities.Bulk;

/// <summary>Loads what <see cref="ActivitySheetCheck"/> decides on: the plan, its tasks with their units and their parents' units, the user's units.</summary>
public static class ActivitySheetQuery
{
    /// <summary>The commune plans the user may record on (issued), newest year first.</summary>
    public static Task<List<Plan>> PlansAsync(LoaDbContext db) =>
        db.Plans.AsNoTracking()
            .Where(p => p.Status == PlanStatus.Issued && p.UnitId == null && p.CommuneId != null)
            .OrderByDescending(p => p.Year).ThenBy(p => p.Id)
            .ToListAsync();

    /// <summary>Null when the plan does not exist or is not the user's to see.</summary>
    public static async Task<ActivitySheetCheck?> LoadAsync(LoaDbContext db, int planId, DateOnly today)
    {
        var plan = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId);
        if (plan is null)
        {
            return null;
        }

        var tasks = await db.Tasks.AsNoTracking().Where(t => t.PlanId == planId)
            .Include(t => t.Units).Include(t => t.Parent!).ThenInclude(p => p.Units).AsSplitQuery().ToListAsync();
        var scope = db.Scope;
        var candidates = scope.Role == UserRole.Coordinator
            ? await db.Units.AsNoTracking().Where(u => !u.IsArchived).ToListAsync()
            : await db.Units.AsNoTracking().Where(u => u.Id == scope.UnitId).ToListAsync();
        return new ActivitySheetCheck(scope, plan, tasks, candidates, today);
    }
}
