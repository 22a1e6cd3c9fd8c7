using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Loa.Data;

/// <summary>Configures the DbContext for the provider chosen by <see cref="DatabaseOptions"/>.</summary>
public static class DatabaseRegistration
{
    public static void Configure(DbContextOptionsBuilder options, DatabaseOptions database, string dataDirectory)
    {
        // First of the save interceptors, so that a save is committed (with its audit lines) before any other reacts to it.
        options.AddInterceptors(SaveChangesPipeline.Instance, SqlCommandCount.Interceptor);
        if (database.IsPostgres)
        {
            if (string.IsNullOrWhiteSpace(database.ConnectionString))
            {
                throw new InvalidOperationException("Database:Provider is Postgres but Database:ConnectionString is empty.");
            }

            options.UseNpgsql(database.ConnectionString, npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory"));
        }
        else
        {
            options.UseSqlite(SqliteConnectionString(database, dataDirectory));
            options.AddInterceptors(new SqlitePragmas());
        }

        // Migrations are written by hand (no design-time snapshot); a test proves the migrated schema equals the model.
        options.ConfigureWarnings(w =>
        {
            w.Ignore(RelationalEventId.PendingModelChangesWarning);
            if (database.StrictQueries)
            {
                w.Throw(RelationalEventId.MultipleCollectionIncludeWarning, CoreEventId.RowLimitingOperationWithoutOrderByWarning);
            }
        });
    }

    public static string SqliteConnectionString(DatabaseOptions database, string dataDirectory)
    {
        var builder = new SqliteConnectionStringBuilder(
            string.IsNullOrWhiteSpace(database.ConnectionString)
                ? $"Data Source={Path.Combine(dataDirectory, "loa.db")}"
                : database.ConnectionString)
        {
            Pooling = true,
            DefaultTimeout = 30,
        };
        return builder.ToString();
    }
}
