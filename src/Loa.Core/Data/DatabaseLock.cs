using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Loa.Data;

/// <summary>
/// A lock across processes, held while the database is migrated and seeded at start, so that app instances (and the
/// command line) started together on one database take turns instead of seeding the same rows at once. On PostgreSQL
/// it is a session advisory lock; on SQLite an exclusive lock on the file "&lt;database&gt;.lock" next to the database
/// (a lock inside the database itself would also block the migration it protects).
/// </summary>
public static class DatabaseLock
{
    /// <summary>The advisory lock key: "LoaInit" in ASCII.</summary>
    private const long PostgresKey = 0x4C6F61496E6974;

    private static readonly TimeSpan SqliteTimeout = TimeSpan.FromMinutes(15);

    public static async Task<IAsyncDisposable> AcquireAsync(LoaDbContext db, CancellationToken cancellationToken = default)
    {
        if (db.Database.IsNpgsql())
        {
            return await PostgresLock.AcquireAsync(db.Database.GetConnectionString()!, cancellationToken);
        }

        var file = db.Database.IsSqlite() ? new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource : "";
        return file.Length == 0 || file.Equals(":memory:", StringComparison.OrdinalIgnoreCase)
            ? NoLock.Instance
            : await FileLock.AcquireAsync(file + ".lock", cancellationToken);
    }

    private sealed class PostgresLock(NpgsqlConnection connection) : IAsyncDisposable
    {
        public static async Task<PostgresLock> AcquireAsync(string connectionString, CancellationToken cancellationToken)
        {
            var connection = new NpgsqlConnection(connectionString);
            try
            {
                await connection.OpenAsync(cancellationToken);
                await using var command = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", connection) { CommandTimeout = 0 };
                command.Parameters.AddWithValue("key", PostgresKey);
                await command.ExecuteNonQueryAsync(cancellationToken);
                return new PostgresLock(connection);
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
                command.Parameters.AddWithValue("key", PostgresKey);
                await command.ExecuteNonQueryAsync();
            }
            finally
            {
                // Closing the session would release the lock anyway.
                await connection.DisposeAsync();
            }
        }
    }

    private sealed class FileLock(FileStream stream) : IAsyncDisposable
    {
        public static async Task<FileLock> AcquireAsync(string path, CancellationToken cancellationToken)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var deadline = DateTime.UtcNow + SqliteTimeout;
            while (true)
            {
                try
                {
                    // FileShare.None is an exclusive lock on the file (flock on Linux, a share mode on Windows), across processes.
                    return new FileLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
                }
                catch (IOException) when (DateTime.UtcNow < deadline)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
                }
            }
        }

        public ValueTask DisposeAsync() => stream.DisposeAsync();
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
