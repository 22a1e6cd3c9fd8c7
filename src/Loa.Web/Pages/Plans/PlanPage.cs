using Loa.Data;
using Loa.Documents;
using Loa.Documents.Records;
using Loa.Domain;
using Loa.Plans;
using Loa.Plans.Progress;
using Loa.Text;
using Loa.Units;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Plans;

/// <summary>
/// What the plan page shows of a commune's plan that is the same for everyone allowed to see it: the plan with its tasks
/// and units, its full text, the units named in its tasks, the plans linked to it, each task's progress as of today, the
/// latest activities and its documents of record. Built once per change of the commune's data and kept (<see cref="Infrastructure.Reads.CommuneReads"/>,
/// decision record 42); good until the next midnight in Vietnam, when "today" and so the progress move. Read-only: the
/// same instance serves every request while it is current.
/// </summary>
public sealed record PlanPage(
    Plan Plan,
    IReadOnlyList<PlanTextLine> FullText,
    IReadOnlyList<Unit> Units,
    IReadOnlyList<DetailsModel.PlanLink> Linked,
    DateOnly Today,
    Dictionary<int, TaskProgress> Progress,
    IReadOnlyList<DetailsModel.RecentActivity> Recent,
    IReadOnlyList<OfficialDocument> Documents)
{
    /// <summary>The plan as the user's context sees it (null when it does not), with everything the page shows of it.</summary>
    public static async Task<PlanPage?> LoadAsync(LoaDbContext db, int id, DateOnly today, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.Visible(db.Scope).AsNoTrackingWithIdentityResolution().WithEverything()
            .FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (plan is null)
        {
            return null;
        }

        // Every plan linked to this one in one query: its units' plans or its commune plan, what it amends, what amends it.
        var linked = await db.Plans.AsNoTracking()
            .Where(p => p.ParentPlanId == id || p.Id == plan.ParentPlanId || p.AmendsPlanId == id || p.Id == plan.AmendsPlanId)
            .Select(p => new DetailsModel.PlanLink(p.Id, p.Title, p.Status, p.Number, p.IssuedOn, p.CommuneId, p.ParentPlanId, p.AmendsPlanId))
            .ToListAsync(cancellationToken);
        var activities = await db.Activities.Where(a => a.PlanId == id)
            .Select(a => new { a.TaskId, a.Date, a.Quantity })
            .ToListAsync(cancellationToken);
        var unitIds = plan.Tasks.SelectMany(t => t.Units).Select(u => u.UnitId).OfType<int>().Distinct().ToList();
        var units = (await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToListAsync(cancellationToken))
            .OrderBy(u => u.Name, VietnameseOrder.Instance).ToList();
        return new PlanPage(
            plan,
            PlanText.Body(PlanMapper.ToDocument(plan)),
            units,
            linked,
            today,
            PlanProgress.Evaluate(plan, activities.Select(a => (a.TaskId, a.Date, a.Quantity)), today),
            await RecentAsync(db, id, null, cancellationToken),
            await Signing.DocumentList.ForAsync(db, OfficialDocumentKind.Plan, id));
    }

    /// <summary>The plan's ten latest activities, of one unit or of all.</summary>
    public static async Task<IReadOnlyList<DetailsModel.RecentActivity>> RecentAsync(LoaDbContext db, int id, int? unit, CancellationToken cancellationToken) =>
        await db.Activities.AsNoTracking()
            .Where(a => a.PlanId == id && (unit == null || a.UnitId == unit))
            .OrderByDescending(a => a.Date).ThenByDescending(a => a.Id)
            .Take(10)
            .Select(a => new DetailsModel.RecentActivity(
                a.Id, a.Date, a.Title, a.Task!.Label, db.Units.Where(u => u.Id == a.UnitId).Select(u => u.Name).First(), a.Quantity, a.Files.Count))
            .ToListAsync(cancellationToken);
}
