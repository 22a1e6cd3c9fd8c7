using Microsoft.EntityFrameworkCore;

namespace Loa.Data;

/// <summary>Brings a database up to date at start: applies the migrations, then loads the official administrative units.</summary>
public static class DatabaseInitializer
{
    public static async Task InitializeAsync(LoaDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsSqlite())
        {
            // WAL lets readers and a writer work at once; the setting is kept in the database file.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL;", cancellationToken);
        }

        await db.Database.MigrateAsync(cancellationToken);
        await AdminUnitsSeeder.SeedAsync(db, cancellationToken);
    }
}
