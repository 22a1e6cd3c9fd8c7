using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Database;

/// <summary>Every SQLite connection, fresh or handed out again by the pool, waits for a busy database and enforces foreign keys.</summary>
public sealed class SqliteSettingsTests
{
    [Fact]
    public void Pooled_connections_keep_their_settings_across_contexts()
    {
        using var database = new TestDatabase(Engine.Sqlite);
        for (var i = 0; i < 3; i++)
        {
            using var db = database.Context();
            Assert.Equal(1L, Pragma(db, "foreign_keys"));
            Assert.Equal(10000L, Pragma(db, "busy_timeout"));
            Assert.Equal(1L, Pragma(db, "synchronous")); // NORMAL
        }
    }

    private static long Pragma(DbContext db, string name)
    {
        var connection = db.Database.GetDbConnection();
        db.Database.OpenConnection();
        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA " + name;
            return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            db.Database.CloseConnection();
        }
    }
}
