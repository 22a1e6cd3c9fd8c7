using System.Data.Common;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Database;

/// <summary>
/// The migrations are written by hand; this proves that a database built by them has exactly the schema the
/// EF Core model describes (tables, columns and types, nullability, keys, indexes, foreign keys), on each engine.
/// </summary>
public sealed class SchemaTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Migrated_schema_equals_the_model(Engine engine)
    {
        using var migrated = new TestDatabase(engine);
        using var modelled = new TestDatabase(engine);
        await using (var db = migrated.Context())
        {
            await db.Database.MigrateAsync();
        }

        await using (var db = modelled.Context())
        {
            await db.Database.EnsureCreatedAsync();
        }

        var fromMigrations = await DescribeAsync(migrated);
        var fromModel = await DescribeAsync(modelled);

        Assert.True(fromModel.Count > 100, "the schema description is suspiciously small");
        Assert.Equal(fromModel.Except(fromMigrations).ToList(), Array.Empty<string>());
        Assert.Equal(fromMigrations.Except(fromModel).ToList(), Array.Empty<string>());
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Migrations_apply_twice_without_change(Engine engine)
    {
        using var database = new TestDatabase(engine);
        await using (var db = database.Context())
        {
            await Loa.Data.DatabaseInitializer.InitializeAsync(db);
        }

        var first = await DescribeAsync(database);
        await using (var db = database.Context())
        {
            await Loa.Data.DatabaseInitializer.InitializeAsync(db);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(34, await db.Provinces.CountAsync());
            Assert.Equal(3321, await db.Communes.CountAsync());
        }

        Assert.Equal(first, await DescribeAsync(database));
    }

    private static async Task<List<string>> DescribeAsync(TestDatabase database)
    {
        await using var db = database.Context();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var lines = database.Engine == Engine.Sqlite ? await DescribeSqliteAsync(connection) : await DescribePostgresAsync(connection);
        lines.Sort(StringComparer.Ordinal);
        return lines;
    }

    private static async Task<List<string>> DescribeSqliteAsync(DbConnection connection)
    {
        var lines = new List<string>();
        var tables = await QueryAsync(
            connection, "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__EFMigrations%'");
        foreach (var table in tables)
        {
            var name = table[0];
            lines.Add($"table {name} autoincrement={table[1].Contains("AUTOINCREMENT", StringComparison.Ordinal)}");
            foreach (var c in await QueryAsync(connection, $"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{name}')"))
            {
                lines.Add($"column {name}.{c[0]} {c[1]} notnull={c[2]} pk={c[3]}");
            }

            foreach (var i in await QueryAsync(connection, $"SELECT name, \"unique\" FROM pragma_index_list('{name}') WHERE origin = 'c'"))
            {
                var columns = await QueryAsync(connection, $"SELECT name FROM pragma_index_info('{i[0]}') ORDER BY seqno");
                lines.Add($"index {name}.{i[0]} unique={i[1]} ({string.Join(",", columns.Select(r => r[0]))})");
            }

            foreach (var f in await QueryAsync(connection, $"SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('{name}')"))
            {
                lines.Add($"fk {name}.{f[1]} -> {f[0]}.{f[2]} on delete {f[3]}");
            }
        }

        return lines;
    }

    private static async Task<List<string>> DescribePostgresAsync(DbConnection connection)
    {
        var lines = new List<string>();
        foreach (var c in await QueryAsync(connection, """
            SELECT table_name, column_name, data_type, coalesce(character_maximum_length::text, ''), is_nullable, is_identity, coalesce(identity_generation, '')
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name NOT LIKE '__EFMigrations%'
            """))
        {
            lines.Add($"column {c[0]}.{c[1]} {c[2]}({c[3]}) nullable={c[4]} identity={c[5]} {c[6]}");
        }

        var indexes = await QueryAsync(
            connection, "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename NOT LIKE '__EFMigrations%'");
        foreach (var i in indexes)
        {
            lines.Add($"index {i[0]}.{i[1]} {i[2]}");
        }

        foreach (var f in await QueryAsync(connection, """
            SELECT tc.table_name, kcu.column_name, ccu.table_name, ccu.column_name, rc.delete_rule, tc.constraint_name
            FROM information_schema.table_constraints tc
            JOIN information_schema.key_column_usage kcu ON tc.constraint_name = kcu.constraint_name AND tc.table_schema = kcu.table_schema
            JOIN information_schema.constraint_column_usage ccu ON tc.constraint_name = ccu.constraint_name AND tc.table_schema = ccu.table_schema
            JOIN information_schema.referential_constraints rc ON tc.constraint_name = rc.constraint_name AND tc.table_schema = rc.constraint_schema
            WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public'
            """))
        {
            lines.Add($"fk {f[5]}: {f[0]}.{f[1]} -> {f[2]}.{f[3]} on delete {f[4]}");
        }

        return lines;
    }

    private static async Task<List<string[]>> QueryAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount)
                .Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "")
                .ToArray());
        }

        return rows;
    }
}
