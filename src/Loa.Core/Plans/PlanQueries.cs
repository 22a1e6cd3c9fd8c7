using Loa.Plans;
using Microsoft.EntityFrameworkCore;

namespace Loa.Plans;

/// <summary>The ways plan pages load a plan: with its tasks only, or with every part.</summary>
public static class PlanQueries
{
    /// <summary>
    /// The plans a user reads: the query filter already limits them to the user's commune and province; commune
    /// staff see their province's plan only once it is issued.
    /// </summary>
    public static IQueryable<Plan> Visible(this IQueryable<Plan> plans, Loa.Data.TenantScope scope) =>
        scope.CommuneId is null ? plans : plans.Where(p => p.CommuneId != null || p.Status == PlanStatus.Issued);

    /// <summary>
    /// Whether the user sees the plan (<see cref="Visible"/>, the query filter included) and, when they do, its commune (null
    /// for a province's plan): the access check of a page whose content is kept per commune (decision record 42). A
    /// compiled query: asked on every request of the plan page and the report, it skips building and hashing the LINQ.
    /// </summary>
    public static Task<PlanOwner?> OwnerIfVisibleAsync(Loa.Data.LoaDbContext db, int id, CancellationToken cancellationToken = default) =>
        OwnerIfVisible.For(db)(db, id, db.Scope.CommuneId is null, cancellationToken);

    // One per model (PerModel): the tests run SQLite and PostgreSQL in one process.
    private static readonly Loa.Data.PerModel<Func<Loa.Data.LoaDbContext, int, bool, CancellationToken, Task<PlanOwner?>>> OwnerIfVisible =
        new(() => EF.CompileAsyncQuery((Loa.Data.LoaDbContext db, int id, bool provinceWide, CancellationToken cancellationToken) =>
            db.Plans.Where(p => p.Id == id && (provinceWide || p.CommuneId != null || p.Status == PlanStatus.Issued))
                .Select(p => new PlanOwner(p.CommuneId))
                .FirstOrDefault()));

    public static IQueryable<Plan> WithTasks(this IQueryable<Plan> plans) =>
        plans.Include(p => p.Tasks).ThenInclude(t => t.Units).AsSplitQuery();

    public static IQueryable<Plan> WithEverything(this IQueryable<Plan> plans) =>
        plans
            .Include(p => p.Basis)
            .Include(p => p.Sections)
            .Include(p => p.Contents)
            .Include(p => p.Channels)
            .Include(p => p.Tasks).ThenInclude(t => t.Units)
            .Include(p => p.Responsibilities)
            .Include(p => p.Deadlines)
            .AsSplitQuery();

    /// <summary>A task with its units and its parent row's units (a sub-row's lead may be named on the parent only); a handful of rows, so one query.</summary>
    public static IQueryable<KeyTask> WithUnitsAndParent(this IQueryable<KeyTask> tasks) =>
        tasks.Include(t => t.Units).Include(t => t.Parent!).ThenInclude(p => p.Units).AsSingleQuery();
}

/// <summary>The commune a plan belongs to (null: a province's plan).</summary>
public sealed record PlanOwner(int? CommuneId);
