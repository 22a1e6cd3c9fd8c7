using System.Data.Common;
using Loa.Data;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Loa.Portal;

/// <summary>
/// Reads a commune's portal stamp on a connection of its own, taken from the same pool as the app's DbContexts but
/// without one: creating a context's services on its first query cost more than the statement (a fifth of the portal
/// home's CPU when measured), and a home that is current needs nothing else from the database.
/// </summary>
public sealed class PortalStampReader(DatabaseOptions database, string dataDirectory)
{
    private readonly string connectionString = database.IsPostgres
        ? database.ConnectionString ?? ""
        : DatabaseRegistration.SqliteConnectionString(database, dataDirectory);

    public async Task<long> ReadAsync(int communeId, CancellationToken cancellationToken = default)
    {
        await using DbConnection connection = database.IsPostgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return await PortalStamps.ReadAsync(connection, null, communeId, cancellationToken);
    }
}
