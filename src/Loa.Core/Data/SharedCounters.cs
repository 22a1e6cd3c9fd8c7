using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Loa.Data;

/// <summary>
/// Counters and single-use marks shared by every app instance on one database: each is one atomic statement
/// (INSERT … ON CONFLICT … DO UPDATE/NOTHING), the same SQL on SQLite and PostgreSQL, so that two instances
/// counting at the same moment never lose a count or both accept the same mark.
/// </summary>
public static class SharedCounters
{
    /// <summary>Adds one to the count of <paramref name="key"/> in the window starting at <paramref name="windowStart"/> and returns the new count.</summary>
    public static async Task<int> IncrementAsync(LoaDbContext db, string key, long windowStart, long expiresAt, CancellationToken cancellationToken = default)
    {
        await using var use = await Use.OpenAsync(db, cancellationToken);
        await using var command = use.Connection.CreateCommand();
        command.CommandText = """
            INSERT INTO "RateLimitCounters" ("Key", "WindowStart", "Count", "ExpiresAt") VALUES (@key, @start, 1, @expires)
            ON CONFLICT ("Key", "WindowStart") DO UPDATE SET "Count" = "RateLimitCounters"."Count" + 1
            RETURNING "Count"
            """;
        command.AddParameter("@key", key);
        command.AddParameter("@start", windowStart);
        command.AddParameter("@expires", expiresAt);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Marks <paramref name="nonce"/> used; false when it was already (by this instance or another).</summary>
    public static async Task<bool> TryUseOnceAsync(LoaDbContext db, string nonce, long expiresAt, CancellationToken cancellationToken = default)
    {
        await using var use = await Use.OpenAsync(db, cancellationToken);
        await using var command = use.Connection.CreateCommand();
        command.CommandText = """
            INSERT INTO "UsedFormStamps" ("Nonce", "ExpiresAt") VALUES (@nonce, @expires)
            ON CONFLICT ("Nonce") DO NOTHING
            """;
        command.AddParameter("@nonce", nonce);
        command.AddParameter("@expires", expiresAt);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Deletes the counters and marks that expired before <paramref name="now"/> (seconds since 1970).</summary>
    public static async Task SweepAsync(LoaDbContext db, long now, CancellationToken cancellationToken = default)
    {
        await using var use = await Use.OpenAsync(db, cancellationToken);
        await using (var counters = use.Connection.CreateCommand())
        {
            counters.CommandText = """DELETE FROM "RateLimitCounters" WHERE "ExpiresAt" < @now""";
            counters.AddParameter("@now", now);
            await counters.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var stamps = use.Connection.CreateCommand();
        stamps.CommandText = """DELETE FROM "UsedFormStamps" WHERE "ExpiresAt" < @now""";
        stamps.AddParameter("@now", now);
        await stamps.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The context's connection, opened through EF Core (so its per-connection settings apply) and closed again.</summary>
    private sealed class Use(LoaDbContext db) : IAsyncDisposable
    {
        public DbConnection Connection => db.Database.GetDbConnection();

        public static async Task<Use> OpenAsync(LoaDbContext db, CancellationToken cancellationToken)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            return new Use(db);
        }

        public async ValueTask DisposeAsync() => await db.Database.CloseConnectionAsync();
    }
}
