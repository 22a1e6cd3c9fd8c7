using Loa.Data;
using Loa.Domain;
using Loa.Plans;
using Loa.Plans.Progress;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Public;

/// <summary>The commune's plan as the public sees it: the issued plan of this year (or the latest issued), with each task's progress.</summary>
public sealed record PortalPlan(Plan Plan, IReadOnlyDictionary<int, TaskProgress> Progress, DateOnly Today)
{
    public IEnumerable<KeyTask> Leaves => Plan.Tasks.Where(t => t.Children.Count == 0);

    public int Count(ProgressStatus status) => Leaves.Count(t => Progress.GetValueOrDefault(t.Id)?.Status == status);

    public static async Task<PortalPlan?> LoadAsync(LoaDbContext db, int communeId, DateOnly today, bool everything, CancellationToken cancellationToken)
    {
        var issued = db.Plans.AsNoTrackingWithIdentityResolution()
            .Where(p => p.CommuneId == communeId && p.UnitId == null && p.Status == PlanStatus.Issued && p.Year <= today.Year);
        var latest = issued.OrderByDescending(p => p.Year).ThenByDescending(p => p.IssuedOn).ThenBy(p => p.Id);
        var plan = await (everything ? latest.WithEverything() : latest.WithTasks()).FirstOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var activities = await db.Activities.AsNoTracking().Where(a => a.PlanId == plan.Id)
            .Select(a => new { a.TaskId, a.Date, a.Quantity })
            .ToListAsync(cancellationToken);
        return new PortalPlan(plan, PlanProgress.Evaluate(plan, activities.Select(a => (a.TaskId, a.Date, a.Quantity)), today), today);
    }
}
