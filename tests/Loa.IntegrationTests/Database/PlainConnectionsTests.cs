using System.Globalization;
using Loa.Data;
using Loa.IntegrationTests.Infrastructure;

namespace Loa.IntegrationTests.Database;

/// <summary>
/// The connections opened without a context for the reads of every request (decision record 42) come from the same pool
/// as the contexts' and carry the same SQLite settings: waiting on a busy database instead of failing, foreign keys on, a small page cache.
/// </summary>
public sealed class PlainConnectionsTests
{
    [Fact]
    public async Task A_plain_sqlite_connection_waits_on_a_busy_database_enforces_foreign_keys_and_keeps_a_small_page_cache()
    {
        using var database = new TestDatabase(Engine.Sqlite);
        var connections = new PlainConnections(database.Options, database.Folder);

        await using var connection = await connections.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout";
        var busyTimeout = Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        command.CommandText = "PRAGMA foreign_keys";
        var foreignKeys = Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        command.CommandText = "PRAGMA cache_size";
        var cacheSize = Convert.ToInt32(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);

        Assert.Equal(10000, busyTimeout);
        Assert.Equal(1, foreignKeys);
        Assert.Equal(-256, cacheSize); // 256 KiB of pages per pooled connection, not SQLite's 2 MB (decision record 43)
    }
}
