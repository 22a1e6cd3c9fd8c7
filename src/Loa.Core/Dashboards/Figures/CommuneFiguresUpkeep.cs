using Loa.Activities;
using Loa.Data;
using Loa.Domain;
using Loa.Domain.Geography;
using Loa.Feedbacks;
using Loa.Indices;
using Loa.Plans;
using Loa.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Loa.Dashboards.Figures;

/// <summary>
/// Keeps the read model current on save, in the same transaction as the change: the save pipeline asks
/// <see cref="Collect"/> which communes' figures a save touches (a plan, task, activity, report, feedback, index result,
/// or the commune's service state), and after the save — before it commits — <see cref="StageAsync"/> recomputes those
/// communes' figures of the years concerned, which the pipeline saves with the audit lines. A change either lands
/// with its figures or, when anything fails, not at all. Bulk loads suspend it (<see cref="Suspend"/>) and call
/// <see cref="CommuneFiguresRefresh.RefreshAllAsync"/> once at the end.
/// </summary>
public static class CommuneFiguresUpkeep
{
    private static readonly AsyncLocal<int> Suspended = new();

    /// <summary>Until disposed, saves on this flow leave the read model alone (a bulk load refreshes it once at the end).</summary>
    public static IDisposable Suspend()
    {
        Suspended.Value++;
        return new Resume();
    }

    /// <summary>What a save is about to change that the figures depend on; null when nothing.</summary>
    public static FiguresChange? Collect(IEnumerable<EntityEntry> entries)
    {
        if (Suspended.Value > 0)
        {
            return null;
        }

        FiguresChange? change = null;
        FiguresChange Change() => change ??= new FiguresChange();
        foreach (var entry in entries)
        {
            switch (entry.Entity)
            {
                case Plan { CommuneId: { } c } p:
                    Change().Add(c, p.Year);
                    break;
                case KeyTask { CommuneId: { } c } t:
                    Change().AddPlan(c, t.PlanId);
                    break;
                case Activity { CommuneId: { } c } a:
                    Change().AddPlan(c, a.PlanId);
                    break;
                case CommuneReport { CommuneId: { } c } r:
                    Change().Add(c, r.Year);
                    break;
                case Feedback { CommuneId: { } c } f:
                    Change().Add(c, VietnamTime.Day(f.ReceivedAt).Year);
                    break;
                case IndexResult { CommuneId: { } c } r:
                    Change().Add(c, r.Year);
                    break;
                case Commune commune when entry.State != EntityState.Added:
                    Change().AddAllYears(commune.Id);
                    break;
            }
        }

        return change;
    }

    /// <summary>Stages the recomputed figures of the communes and years a save changed (called after the save, before commit).</summary>
    public static async Task StageAsync(LoaDbContext db, FiguresChange change, CancellationToken cancellationToken)
    {
        var time = CommuneFiguresRefresh.ClockOf(db);
        var today = VietnamTime.Today(time);
        var now = time.GetUtcNow().UtcDateTime;
        var communes = change.Communes.Order().ToList();
        await LockAsync(db, communes, cancellationToken);
        var years = change.Years.ToHashSet();
        if (change.Plans.Count > 0)
        {
            var planIds = change.Plans.Select(p => p.PlanId).Distinct().ToList();
            var planYears = await db.Plans.IgnoreQueryFilters().AsNoTracking().Where(p => planIds.Contains(p.Id))
                .Select(p => new { p.Id, p.Year }).ToDictionaryAsync(p => p.Id, p => p.Year, cancellationToken);
            years.UnionWith(change.Plans.Where(p => planYears.ContainsKey(p.PlanId)).Select(p => (p.CommuneId, planYears[p.PlanId])));
        }

        if (change.AllYears.Count > 0)
        {
            var all = change.AllYears.ToList();
            var rowYears = await db.Set<CommuneFigures>().IgnoreQueryFilters().AsNoTracking().Where(f => all.Contains(f.CommuneId!.Value))
                .Select(f => new { CommuneId = f.CommuneId!.Value, f.Year }).ToListAsync(cancellationToken);
            years.UnionWith(rowYears.Select(r => (r.CommuneId, r.Year)));
        }

        foreach (var group in years.GroupBy(y => y.Year).OrderBy(g => g.Key))
        {
            await CommuneFiguresRefresh.StageAsync(db, group.Key, null, group.Select(y => y.CommuneId).Distinct().ToList(), today, now, cancellationToken);
        }
    }

    /// <summary>
    /// On PostgreSQL, two saves for one commune at once are put one after the other (the commune's row locked until
    /// commit), so that the second recomputes with the first's change committed and neither adds the same row twice.
    /// SQLite has one writer at a time already.
    /// </summary>
    private static async Task LockAsync(LoaDbContext db, List<int> communes, CancellationToken cancellationToken)
    {
        if (db.Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL" && communes.Count > 0)
        {
            var ids = communes.ToArray();
            await db.Database.ExecuteSqlInterpolatedAsync(
                $"""SELECT "Id" FROM "Communes" WHERE "Id" = ANY({ids}) ORDER BY "Id" FOR NO KEY UPDATE""", cancellationToken);
        }
    }

    private sealed class Resume : IDisposable
    {
        private bool disposed;

        public void Dispose()
        {
            if (!disposed)
            {
                disposed = true;
                Suspended.Value--;
            }
        }
    }
}

/// <summary>The communes and years whose figures a save changes.</summary>
public sealed class FiguresChange
{
    public HashSet<(int CommuneId, int Year)> Years { get; } = [];

    /// <summary>Changes known by their plan (tasks, activities): the year is the plan's, read after the save.</summary>
    public HashSet<(int CommuneId, int PlanId)> Plans { get; } = [];

    /// <summary>Communes whose every year's figures change (the commune itself changed).</summary>
    public HashSet<int> AllYears { get; } = [];

    public IEnumerable<int> Communes => Years.Select(y => y.CommuneId).Concat(Plans.Select(p => p.CommuneId)).Concat(AllYears).Distinct();

    public void Add(int communeId, int year) => Years.Add((communeId, year));

    public void AddPlan(int communeId, int planId) => Plans.Add((communeId, planId));

    public void AddAllYears(int communeId) => AllYears.Add(communeId);
}
