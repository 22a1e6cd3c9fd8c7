using System.Data;
using System.Globalization;
using Npgsql;

namespace Loa.Backups;

/// <summary>
/// Makes a backup of an installation while it runs: the database first (SQLite: the online backup API; PostgreSQL: pg_dump
/// in custom format, from a snapshot the row counts are read in too), then every file of the data folder, then the
/// manifest. Everything is written into a temporary folder that is renamed into place only when complete, so a backup
/// folder is either whole or absent.
/// </summary>
public static class BackupWriter
{
    public const string NamePrefix = "loa-";

    public static async Task<BackupResult> CreateAsync(
        Installation source, string parentFolder, DateTime now, PostgresTools tools, CancellationToken cancellationToken = default)
    {
        if (source.IsPostgres)
        {
            _ = tools.Find("pg_dump");
        }

        var parent = Path.GetFullPath(parentFolder);
        Directory.CreateDirectory(parent);
        var temporary = Path.Combine(parent, $"{DataFolderFiles.TemporaryPrefix}backup-{Guid.NewGuid():N}");
        try
        {
            var manifest = new BackupManifest { CreatedAt = DateTime.SpecifyKind(now, DateTimeKind.Utc), Engine = source.Engine };
            var database = Path.Combine(temporary, BackupManifest.DatabaseFolder);
            Directory.CreateDirectory(database);
            if (source.IsPostgres)
            {
                manifest.Database = $"{BackupManifest.DatabaseFolder}/loa.dump";
                await DumpPostgresAsync(source, Path.Combine(database, "loa.dump"), manifest, tools, cancellationToken);
            }
            else
            {
                manifest.Database = $"{BackupManifest.DatabaseFolder}/loa.db";
                var copy = Path.Combine(database, "loa.db");
                await SqliteSnapshot.CopyAsync(source.SqliteFile!, copy, cancellationToken);
                await using var connection = SqliteSnapshot.Open(copy, Microsoft.Data.Sqlite.SqliteOpenMode.ReadOnly);
                await connection.OpenAsync(cancellationToken);
                manifest.Tables = await TableCounts.CountAsync(connection, postgres: false, null, cancellationToken);
                manifest.Migration = await TableCounts.LastMigrationAsync(connection, postgres: false, null, cancellationToken);
            }

            var (bytes, sha) = await FileCopy.HashAsync(Path.Combine(temporary, manifest.Database), cancellationToken);
            manifest.Files.Add(new BackupFile(manifest.Database, bytes, sha));
            await CopyFilesAsync(source, parent, temporary, manifest, cancellationToken);
            await manifest.WriteAsync(temporary, cancellationToken);

            var folder = FreeName(parent, now);
            Directory.Move(temporary, folder);
            return new BackupResult(folder, manifest);
        }
        finally
        {
            FileCopy.DeleteQuietly(temporary);
        }
    }

    /// <summary>The files of the data folder (those that vanish while the backup runs, deleted by the app, are left out).</summary>
    private static async Task CopyFilesAsync(Installation source, string parent, string temporary, BackupManifest manifest, CancellationToken cancellationToken)
    {
        foreach (var relative in DataFolderFiles.List(source.DataDirectory, [parent, .. source.SqliteFiles()]))
        {
            var path = $"{BackupManifest.FilesFolder}/{relative}";
            try
            {
                var (bytes, sha) = await FileCopy.CopyAsync(
                    Path.Combine(source.DataDirectory, relative), Path.Combine(temporary, path.Replace('/', Path.DirectorySeparatorChar)), cancellationToken);
                manifest.Files.Add(new BackupFile(path, bytes, sha));
            }
            catch (FileNotFoundException)
            {
                // Deleted by the app since the folder was listed; the database copy was taken before, so nothing refers to it.
            }
            catch (DirectoryNotFoundException)
            {
                // The same, for a whole folder.
            }
        }
    }

    /// <summary>
    /// pg_dump from a snapshot exported by a repeatable-read transaction that stays open meanwhile, and the row counts read in
    /// that same transaction: the counts in the manifest are exactly the rows in the dump, however busy the app is.
    /// </summary>
    private static async Task DumpPostgresAsync(
        Installation source, string file, BackupManifest manifest, PostgresTools tools, CancellationToken cancellationToken)
    {
        var connectionString = source.Database.ConnectionString!;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        string snapshot;
        await using (var command = new NpgsqlCommand("SELECT pg_export_snapshot()", connection, transaction))
        {
            snapshot = (string)(await command.ExecuteScalarAsync(cancellationToken))!;
        }

        manifest.Tables = await TableCounts.CountAsync(connection, postgres: true, transaction, cancellationToken);
        manifest.Migration = await TableCounts.LastMigrationAsync(connection, postgres: true, transaction, cancellationToken);
        await tools.RunAsync("pg_dump", ["--format=custom", "--no-password", $"--snapshot={snapshot}", $"--file={file}"], connectionString, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>loa-20261206T103000Z, or with -2, -3 … when a backup of that second exists; names sort in time order.</summary>
    private static string FreeName(string parent, DateTime now)
    {
        var name = NamePrefix + now.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var folder = Path.Combine(parent, name);
        for (var n = 2; Directory.Exists(folder) || File.Exists(folder); n++)
        {
            folder = Path.Combine(parent, $"{name}-{n.ToString(CultureInfo.InvariantCulture)}");
        }

        return folder;
    }
}

/// <summary>A backup made: its folder and its manifest.</summary>
public sealed record BackupResult(string Folder, BackupManifest Manifest);
