using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Loa.Data;

/// <summary>Every SQLite connection waits for a busy database instead of failing, and enforces foreign keys (set once per pooled connection).</summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    // The settings belong to the underlying SQLite connection, which the pool hands out again and again: each is set
    // up once, not on every open (EF Core opens and closes the connection around every query).
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<object, object> Configured = [];

    /// <summary>Sets the pragmas on the connection's underlying SQLite connection, once (also for plain connections, <see cref="PlainConnections"/>).</summary>
    public static void Apply(DbConnection connection)
    {
        var handle = (connection as Microsoft.Data.Sqlite.SqliteConnection)?.Handle;
        if (handle is not null && Configured.TryGetValue(handle, out _))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        if (handle is not null)
        {
            Configured.AddOrUpdate(handle, handle);
        }
    }
}
