using System.Data.Common;
using System.Globalization;
using Loa.Data;
using Loa.Domain;
using Loa.Domain.Geography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;

namespace Loa.Portal;

/// <summary>
/// The portal stamps (<see cref="PortalStamp"/>): which ones a save touches, raising them in the save's transaction, and
/// reading a commune's in one statement. A portal page built from data read after its stamp was read is current as long
/// as the stamp has not moved.
/// </summary>
public static class PortalStamps
{
    /// <summary>The scope of data every portal shows.</summary>
    public const string Everything = "*";

    public static string Of(int communeId) => "c:" + communeId.ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// The stamps a save of these entries touches: a commune's data raises the commune's; data that belongs to no commune
    /// (a province's or the nation's) raises <see cref="Everything"/>; a commune itself (its name, whether it is in
    /// service) raises its own, a province itself (the recipient of reports a portal names) every one.
    /// </summary>
    public static HashSet<string> Touched(IEnumerable<EntityEntry> entries)
    {
        var scopes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            switch (entry.Entity)
            {
                case PortalStamp:
                    break;
                case ICommuneOwned owned:
                    scopes.Add(owned.CommuneId is { } id ? Of(id) : Everything);
                    break;
                // A commune or province just added has no portal page built yet: only a change to one counts.
                case Commune commune when entry.State != EntityState.Added:
                    scopes.Add(Of(commune.Id));
                    break;
                case Province when entry.State != EntityState.Added:
                    scopes.Add(Everything);
                    break;
            }
        }

        return scopes;
    }

    /// <summary>Raises each stamp by one (created at 1), on the context's connection and in its current transaction.</summary>
    public static async Task RaiseAsync(LoaDbContext db, IEnumerable<string> scopes, CancellationToken cancellationToken = default)
    {
        foreach (var scope in scopes.Order(StringComparer.Ordinal))
        {
            // One statement, the same on SQLite and PostgreSQL; in scope order so that two saves never wait on each other in a circle.
            await db.Database.ExecuteSqlRawAsync(
                """
                INSERT INTO "PortalStamps" ("Scope", "Version") VALUES ({0}, 1)
                ON CONFLICT ("Scope") DO UPDATE SET "Version" = "PortalStamps"."Version" + 1
                """,
                [scope],
                cancellationToken);
        }
    }

    /// <summary>The stamp of what a commune's portal shows: the sum of its own and <see cref="Everything"/>'s (each only rises).</summary>
    public static async Task<long> ReadAsync(LoaDbContext db, int communeId, CancellationToken cancellationToken = default)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await ReadAsync(db.Database.GetDbConnection(), db.Database.CurrentTransaction?.GetDbTransaction(), communeId, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>
    /// The same on an open connection, without a DbContext: the portal home asks it on every request, and a context's
    /// first query costs more than the statement itself (<see cref="PortalStampReader"/>). For no commune (a province's
    /// plan), the stamp of data of no commune alone.
    /// </summary>
    public static async Task<long> ReadAsync(DbConnection connection, DbTransaction? transaction, int? communeId, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """SELECT COALESCE(SUM("Version"), 0) FROM "PortalStamps" WHERE "Scope" IN (@commune, @all)""";
        command.AddParameter("@commune", communeId is { } id ? Of(id) : Everything);
        command.AddParameter("@all", Everything);
        SqlCommandCount.Sent();
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }
}
