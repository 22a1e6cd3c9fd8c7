using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Loa.Data;

/// <summary>
/// Connections taken from the same pool as the app's DbContexts but opened without one, for the few small reads asked
/// on every request (a session, a portal stamp): creating a context's services on its first query costs more than such
/// a statement (a fifth of the portal home's CPU, an eighth of a staff page's, when measured — decision records 41, 42).
/// </summary>
public sealed class PlainConnections(DatabaseOptions database, string dataDirectory)
{
    private readonly string connectionString = database.IsPostgres
        ? database.ConnectionString ?? ""
        : DatabaseRegistration.SqliteConnectionString(database, dataDirectory);

    /// <summary>An open connection; the caller disposes it, which gives it back to the pool.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        DbConnection connection = database.IsPostgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // The same settings as a context's connection: the pool hands the same SQLite connections to both.
            if (connection is SqliteConnection)
            {
                SqlitePragmas.Apply(connection);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
