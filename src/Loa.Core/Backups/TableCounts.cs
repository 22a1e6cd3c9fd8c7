using System.Data.Common;
using System.Globalization;

namespace Loa.Backups;

/// <summary>
/// The rows of every table a database holds, read from the engine's own catalogue (not from the model), so that a backup
/// counts whatever tables a version of Loa has made.
/// </summary>
public static class TableCounts
{
    public const string MigrationsTable = "__EFMigrationsHistory";

    /// <summary>The tables of the database (SQLite: all but its own; PostgreSQL: those of the current schema).</summary>
    public static async Task<IReadOnlyList<string>> TablesAsync(
        DbConnection connection, bool postgres, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        var sql = postgres
            ? "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = current_schema() ORDER BY tablename"
            : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
        var tables = new List<string>();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            tables.Add(reader.GetString(0));
        }

        return tables;
    }

    /// <summary>Rows per table.</summary>
    public static async Task<SortedDictionary<string, long>> CountAsync(
        DbConnection connection, bool postgres, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in await TablesAsync(connection, postgres, transaction, cancellationToken))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
#pragma warning disable CA2100 // the table name comes from the engine's catalogue and is quoted as an identifier
            command.CommandText = $"SELECT COUNT(*) FROM {Quote(table)}";
#pragma warning restore CA2100
            counts[table] = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        }

        return counts;
    }

    /// <summary>The last migration applied, or null when the database has none.</summary>
    public static async Task<string?> LastMigrationAsync(
        DbConnection connection, bool postgres, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        if (!(await TablesAsync(connection, postgres, transaction, cancellationToken)).Contains(MigrationsTable))
        {
            return null;
        }

        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT MAX({Quote("MigrationId")}) FROM {Quote(MigrationsTable)}";
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
