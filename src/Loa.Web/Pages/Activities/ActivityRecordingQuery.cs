using Loa.Activities;
using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Plans;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Activities;

/// <summary>Loads what <see cref="ActivityRecording"/> decides on: the task with its units, its plan, the units the user might record for.</summary>
public static class ActivityRecordingQuery
{
    /// <summary>Null when the task does not exist or is not the user's to see.</summary>
    public static async Task<ActivityRecording?> LoadAsync(LoaDbContext db, int taskId)
    {
        var keyTask = await db.Tasks.WithUnitsAndParent().FirstOrDefaultAsync(t => t.Id == taskId);
        if (keyTask is null)
        {
            return null;
        }

        var plan = await db.Plans.AsNoTracking().FirstAsync(p => p.Id == keyTask.PlanId);
        var scope = db.Scope;
        var candidates = scope.Role == UserRole.Coordinator
            ? await db.Units.AsNoTracking().Where(u => !u.IsArchived).ToListAsync()
            : await db.Units.AsNoTracking().Where(u => u.Id == scope.UnitId).ToListAsync();
        return new ActivityRecording(scope, keyTask, plan, candidates);
    }
}
