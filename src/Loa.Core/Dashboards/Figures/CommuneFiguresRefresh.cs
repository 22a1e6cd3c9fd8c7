using Loa.Data;
using Loa.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Loa.Dashboards.Figures;

/// <summary>
/// Writes the read model: recomputes communes' figures and stores what changed (rows updated in place, the activity
/// figures by month and channel added, changed or removed). <see cref="StageAsync"/> only stages the changes in the
/// context (the save pipeline saves them with the change that caused them); the other entry points save themselves,
/// in one transaction.
/// </summary>
public static class CommuneFiguresRefresh
{
    /// <summary>Stages the recomputed figures of a year for a province's communes, or for the given communes.</summary>
    public static async Task StageAsync(
        LoaDbContext db, int year, int? provinceId, IReadOnlyCollection<int>? communeIds, DateOnly today, DateTime now, CancellationToken cancellationToken)
    {
        var computed = await CommuneFiguresComputation.ComputeAsync(db, year, provinceId, communeIds, today, now, cancellationToken);
        var ids = computed.Select(c => c.Figures.CommuneId!.Value).ToList();
        var rows = db.Set<CommuneFigures>().IgnoreQueryFilters().Where(f => f.Year == year);
        rows = communeIds is null ? rows.Where(f => f.ProvinceId == provinceId) : rows.Where(f => ids.Contains(f.CommuneId!.Value));
        var existing = (await rows.ToListAsync(cancellationToken)).ToDictionary(f => f.CommuneId!.Value);
        var lines = db.Set<CommuneActivityFigures>().IgnoreQueryFilters().Where(f => f.Year == year);
        lines = communeIds is null ? lines.Where(f => f.ProvinceId == provinceId) : lines.Where(f => ids.Contains(f.CommuneId!.Value));
        var existingLines = (await lines.ToListAsync(cancellationToken)).ToDictionary(f => (f.CommuneId!.Value, f.Month, f.Channel));
        foreach (var (figures, activities) in computed)
        {
            var communeId = figures.CommuneId!.Value;
            if (existing.Remove(communeId, out var row))
            {
                figures.Id = row.Id;
                db.Entry(row).CurrentValues.SetValues(figures);
            }
            else
            {
                db.Add(figures);
            }

            foreach (var line in activities)
            {
                if (existingLines.Remove((communeId, line.Month, line.Channel), out var old))
                {
                    line.Id = old.Id;
                    db.Entry(old).CurrentValues.SetValues(line);
                }
                else
                {
                    db.Add(line);
                }
            }
        }

        // Lines no longer backed by an activity (moved to another month, deleted, the plan no longer issued).
        db.RemoveRange(existingLines.Values);

        // Rows of communes that left the province (or were deleted): gone from the province's figures.
        db.RemoveRange(existing.Values);
    }

    /// <summary>Recomputes and saves the figures of a year for some communes (after a change made outside the save pipeline).</summary>
    public static Task RefreshCommunesAsync(
        LoaDbContext db, IReadOnlyCollection<int> communeIds, int year, DateOnly today, DateTime now, CancellationToken cancellationToken = default) =>
        SaveAsync(db, () => StageAsync(db, year, null, communeIds, today, now, cancellationToken), cancellationToken);

    /// <summary>Recomputes and saves the figures of a year for every commune of a province.</summary>
    public static Task RefreshProvinceAsync(
        LoaDbContext db, int provinceId, int year, DateOnly today, DateTime now, CancellationToken cancellationToken = default) =>
        SaveAsync(db, () => StageAsync(db, year, provinceId, null, today, now, cancellationToken), cancellationToken);

    /// <summary>
    /// Recomputes every commune's figures of every year that has plans, and of this year for every commune: after a bulk
    /// load (the demo generator, an import) that wrote with figures upkeep suspended. Province by province, one
    /// transaction each. Returns how many rows were written.
    /// </summary>
    public static async Task<int> RefreshAllAsync(
        LoaDbContext db, TimeProvider time, IProgress<string>? progress = null, CancellationToken cancellationToken = default)
    {
        var today = VietnamTime.Today(time);
        var now = time.GetUtcNow().UtcDateTime;
        var provinces = await db.Provinces.AsNoTracking().OrderBy(p => p.Id).Select(p => new { p.Id, p.Name }).ToListAsync(cancellationToken);
        var planYears = await db.Plans.IgnoreQueryFilters().AsNoTracking().Where(p => p.CommuneId != null)
            .Select(p => new { p.ProvinceId, p.Year }).Distinct().ToListAsync(cancellationToken);
        var rowYears = await db.Set<CommuneFigures>().IgnoreQueryFilters().AsNoTracking()
            .Select(f => new { f.ProvinceId, f.Year }).Distinct().ToListAsync(cancellationToken);
        var years = planYears.Concat(rowYears).ToLookup(p => p.ProvinceId, p => p.Year);
        var written = 0;
        foreach (var province in provinces)
        {
            foreach (var year in years[province.Id].Append(today.Year).Distinct().Order())
            {
                await RefreshProvinceAsync(db, province.Id, year, today, now, cancellationToken);
                written += await db.Set<CommuneFigures>().IgnoreQueryFilters()
                    .CountAsync(f => f.ProvinceId == province.Id && f.Year == year, cancellationToken);
            }

            progress?.Report(province.Name);
        }

        return written;
    }

    /// <summary>
    /// The daily refresh: every province and year with a row computed on another day than today is recomputed (the tasks'
    /// progress and overdue feedback depend on the day), and this year's rows are made for communes that have none.
    /// Returns how many province-years were recomputed.
    /// </summary>
    public static async Task<int> RefreshStaleAsync(LoaDbContext db, DateOnly today, DateTime now, CancellationToken cancellationToken = default)
    {
        var stale = await db.Set<CommuneFigures>().IgnoreQueryFilters().AsNoTracking().Where(f => f.ComputedOn != today)
            .Select(f => new { f.ProvinceId, f.Year }).Distinct().ToListAsync(cancellationToken);
        var counts = await db.Set<CommuneFigures>().IgnoreQueryFilters().AsNoTracking().Where(f => f.Year == today.Year)
            .GroupBy(f => f.ProvinceId).Select(g => new { ProvinceId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.ProvinceId, g => g.Count, cancellationToken);
        var communes = await db.Communes.AsNoTracking().GroupBy(c => c.ProvinceId)
            .Select(g => new { ProvinceId = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var missing = communes.Where(c => counts.GetValueOrDefault(c.ProvinceId) != c.Count).Select(c => new { c.ProvinceId, Year = today.Year });
        var work = stale.Concat(missing).Distinct().OrderBy(w => w.ProvinceId).ThenBy(w => w.Year).ToList();
        foreach (var item in work)
        {
            await RefreshProvinceAsync(db, item.ProvinceId, item.Year, today, now, cancellationToken);
        }

        return work.Count;
    }

    /// <summary>
    /// Makes a province's figures of a year current before they are read: recomputed when a row is of another day or a
    /// commune has none (the first read of a day, a year nobody looked at). Another request doing the same at the same
    /// moment is harmless: its rows win and these are dropped.
    /// </summary>
    public static async Task EnsureCurrentAsync(
        LoaDbContext db, int provinceId, int year, DateOnly today, DateTime now, CancellationToken cancellationToken = default)
    {
        var rows = await db.Set<CommuneFigures>().IgnoreQueryFilters().AsNoTracking().Where(f => f.ProvinceId == provinceId && f.Year == year)
            .GroupBy(f => 1).Select(g => new { Count = g.Count(), Stale = g.Count(f => f.ComputedOn != today) }).SingleOrDefaultAsync(cancellationToken);
        if (rows is { Stale: 0 } && rows.Count == await db.Communes.CountAsync(c => c.ProvinceId == provinceId, cancellationToken))
        {
            return;
        }

        try
        {
            await RefreshProvinceAsync(db, provinceId, year, today, now, cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>The app's clock when the context has one (the web app, tests with a fixed clock), the system's otherwise.</summary>
    public static TimeProvider ClockOf(DbContext db) =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService(typeof(TimeProvider)) as TimeProvider
        ?? TimeProvider.System;

    private static async Task SaveAsync(LoaDbContext db, Func<Task> stage, CancellationToken cancellationToken)
    {
        var own = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await stage();
            await db.SaveChangesAsync(cancellationToken);
            if (own is not null)
            {
                await own.CommitAsync(cancellationToken);
            }
        }
        finally
        {
            if (own is not null)
            {
                await own.DisposeAsync();
            }

            db.ChangeTracker.Clear();
        }
    }
}
