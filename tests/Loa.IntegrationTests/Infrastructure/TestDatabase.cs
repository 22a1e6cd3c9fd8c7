using Loa.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Loa.IntegrationTests.Infrastructure;

/// <summary>An empty database of an engine, made for one test and removed after it, with a system-scoped DbContext on it.</summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string? folder;
    private readonly string? postgresName;

    public TestDatabase(Engine engine)
    {
        Engine = engine;
        if (engine == Engine.Sqlite)
        {
            folder = Path.Combine(Path.GetTempPath(), "loa-db-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            Options = new DatabaseOptions { Provider = "Sqlite" };
        }
        else
        {
            var server = Engines.PostgresServer ?? throw new InvalidOperationException($"CI requires PostgreSQL: set {Engines.PostgresVariable}.");
            postgresName = "loa_db_" + Guid.NewGuid().ToString("N")[..12];
            Execute(server, $"CREATE DATABASE \"{postgresName}\"");
            Options = new DatabaseOptions
            {
                Provider = "Postgres",
                ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = postgresName }.ToString(),
            };
        }
    }

    public Engine Engine { get; }

    public DatabaseOptions Options { get; }

    public string Folder => folder ?? Path.GetTempPath();

    public LoaDbContext Context()
    {
        var builder = new DbContextOptionsBuilder<LoaDbContext>();
        DatabaseRegistration.Configure(builder, Options, Folder);
        return new LoaDbContext(builder.Options, new FixedTenantScope(TenantScope.System));
    }

    public void Dispose()
    {
        if (postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            Execute(Engines.PostgresServer!, $"DROP DATABASE IF EXISTS \"{postgresName}\" WITH (FORCE)");
        }

        if (folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Execute(string server, string sql)
    {
        using var connection = new NpgsqlConnection(server);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
