using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Loa.Data;

/// <summary>
/// Every SQLite connection waits for a busy database instead of failing, enforces foreign keys and keeps a small page
/// cache of its own (set once per pooled connection). The pool holds a connection for every request that ran at once
/// (40 under the national load profile), each with its own cache: at SQLite's default of 2 MB they held 80 MB, at 256 KB
/// they hold 10 MB, and a page not in it is read from the operating system's file cache, which all of them share
/// (decision record 43).
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -256;";

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
