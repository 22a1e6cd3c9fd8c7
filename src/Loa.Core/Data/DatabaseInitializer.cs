using Microsoft.EntityFrameworkCore;

namespace Loa.Data;

/// <summary>
/// Brings a database up to date at start: applies the migrations, loads the official administrative units, runs what
/// the caller seeds, then refreshes the query planner's statistics (<see cref="PlannerStatistics"/>) — all under
/// <see cref="DatabaseLock"/>, so that instances started together on an empty database take turns (the first migrates
/// and seeds, the others find the work done).
/// </summary>
public static class DatabaseInitializer
{
    public static Task InitializeAsync(LoaDbContext db, CancellationToken cancellationToken = default) => InitializeAsync(db, null, cancellationToken);

    public static Task InitializeAsync(
        LoaDbContext db,
        Func<LoaDbContext, CancellationToken, Task>? thenSeed,
        CancellationToken cancellationToken = default) => InitializeAsync(db, thenSeed, SetupStep.Nobody, cancellationToken);

    /// <summary>As above, saying on <paramref name="progress"/> what it does (the first start takes a while).</summary>
    public static async Task InitializeAsync(
        LoaDbContext db,
        Func<LoaDbContext, CancellationToken, Task>? thenSeed,
        IProgress<SetupStep> progress,
        CancellationToken cancellationToken = default)
    {
        await using var held = await DatabaseLock.AcquireAsync(db, cancellationToken);
        if (db.Database.IsSqlite())
        {
            // WAL lets readers and a writer work at once; the setting is kept in the database file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
        if (pending > 0)
        {
            progress.Report(new SetupStep($"Đang tạo, cập nhật cơ sở dữ liệu ({pending} bước)"));
        }

        await db.Database.MigrateAsync(cancellationToken);
        await AdminUnitsSeeder.SeedAsync(db, progress, cancellationToken);
        await Loa.Exchange.AgencyCodes.FillMissingAsync(db, cancellationToken);
        if (thenSeed is not null)
        {
            await thenSeed(db, cancellationToken);
        }

        await PlannerStatistics.RefreshAsync(db, cancellationToken);
    }
}
