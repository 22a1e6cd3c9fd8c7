using Microsoft.Data.Sqlite;

namespace Loa.Backups;

/// <summary>
/// A consistent copy of a live SQLite database by SQLite's online backup API: the copy is taken in one read transaction,
/// so the app may go on writing (WAL) while it is made. The copy is a single file in rollback-journal mode.
/// </summary>
internal static class SqliteSnapshot
{
    public static async Task CopyAsync(string sourceFile, string targetFile, CancellationToken cancellationToken)
    {
        if (!File.Exists(sourceFile))
        {
            throw new BackupException($"Không có cơ sở dữ liệu \"{sourceFile}\" để sao lưu (sai thư mục dữ liệu?).");
        }

        await using (var source = Open(sourceFile, SqliteOpenMode.ReadWrite))
        await using (var target = Open(targetFile, SqliteOpenMode.ReadWriteCreate))
        {
            await source.OpenAsync(cancellationToken);
            await target.OpenAsync(cancellationToken);
            await ExecuteAsync(source, "PRAGMA busy_timeout = 30000;", cancellationToken);
            await Task.Run(() => source.BackupDatabase(target), cancellationToken);
            await ExecuteAsync(target, "PRAGMA journal_mode = DELETE;", cancellationToken);
        }

        foreach (var companion in new[] { "-wal", "-shm", "-journal" })
        {
            File.Delete(targetFile + companion);
        }
    }

    /// <summary>A connection of its own (no pool), so that the file is free the moment it is closed.</summary>
    public static SqliteConnection Open(string file, SqliteOpenMode mode) =>
        new(new SqliteConnectionStringBuilder { DataSource = file, Mode = mode, Pooling = false }.ToString());

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
