using Npgsql;

namespace Loa.Backups;

/// <summary>
/// Puts a backup into an installation. Before anything is touched: the manifest is read, every file of the backup is checked
/// against its size and SHA-256 (and no file may have been added), the engine must match, and the target must be empty —
/// no table in the database, no file in the data folder — unless forced. Then the files are copied into a temporary folder
/// inside the data folder and the database is put in (SQLite: a temporary file whose rows are counted, then moved over the
/// database file; PostgreSQL: pg_restore in a single transaction), and last the files are moved into place. A failure before
/// that point leaves the target as it was.
/// </summary>
public static class BackupRestorer
{
    public static async Task<RestoreResult> RestoreAsync(
        Installation target, string backupFolder, bool force, PostgresTools tools, CancellationToken cancellationToken = default)
    {
        var backup = Path.GetFullPath(backupFolder);
        var manifest = await BackupManifest.ReadAsync(backup, cancellationToken);
        await VerifyAsync(backup, manifest, cancellationToken);
        if (manifest.Engine != target.Engine)
        {
            throw new BackupException(
                $"Bản sao lưu này của {manifest.Engine}, còn nơi phục hồi dùng {target.Engine}: "
                + "chỉ phục hồi được vào cùng loại cơ sở dữ liệu. Không phục hồi gì.");
        }

        if (target.IsPostgres)
        {
            _ = tools.Find("pg_restore");
        }

        string[] excluded = [backup, .. target.SqliteFiles()];
        await RefuseUnlessEmptyAsync(target, excluded, force, cancellationToken);

        var id = Guid.NewGuid().ToString("N");
        Directory.CreateDirectory(target.DataDirectory);
        var staging = Path.Combine(target.DataDirectory, $"{DataFolderFiles.TemporaryPrefix}restore-{id}");
        var aside = Path.Combine(target.DataDirectory, $"{DataFolderFiles.TemporaryPrefix}replaced-{id}");
        var stagedDatabase = target.SqliteFile is { } file
            ? Path.Combine(Path.GetDirectoryName(file)!, $"{DataFolderFiles.TemporaryPrefix}restore-{id}.db")
            : null;
        try
        {
            await StageFilesAsync(backup, manifest, staging, cancellationToken);
            SortedDictionary<string, long> restored;
            if (target.IsPostgres)
            {
                restored = await RestorePostgresAsync(target, Path.Combine(backup, manifest.Database), force, tools, cancellationToken);
            }
            else
            {
                restored = await StageSqliteAsync(backup, manifest, stagedDatabase!, cancellationToken);
                foreach (var companion in target.SqliteFiles().Skip(1))
                {
                    File.Delete(companion);
                }

                Directory.CreateDirectory(Path.GetDirectoryName(target.SqliteFile!)!);
                File.Move(stagedDatabase!, target.SqliteFile!, overwrite: true);
            }

            PutFilesInPlace(target, excluded, staging, aside);
            if (target.IsPostgres)
            {
                // pg_restore has committed by now; a difference is reported, not undone.
                CheckCounts(manifest, restored, "Dữ liệu đã được phục hồi nhưng cần kiểm tra lại.");
            }

            return new RestoreResult(manifest, restored, manifest.DataFiles.Count(), manifest.DataFiles.Sum(f => f.Bytes));
        }
        finally
        {
            FileCopy.DeleteQuietly(staging);
            FileCopy.DeleteQuietly(aside);
            if (stagedDatabase is not null)
            {
                FileCopy.DeleteQuietly(stagedDatabase);
            }
        }
    }

    /// <summary>Every file of the manifest is there with its size and SHA-256, and nothing else is.</summary>
    public static async Task VerifyAsync(string backup, BackupManifest manifest, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        foreach (var file in manifest.Files)
        {
            var path = Path.Combine(backup, file.Path.Replace('/', Path.DirectorySeparatorChar));
            if (!File.Exists(path))
            {
                problems.Add($"thiếu tệp {file.Path}");
                continue;
            }

            var (bytes, sha) = await FileCopy.HashAsync(path, cancellationToken);
            if (bytes != file.Bytes || sha != file.Sha256)
            {
                problems.Add($"tệp {file.Path} đã bị thay đổi (kích thước hoặc mã SHA-256 khác với {BackupManifest.FileName})");
            }
        }

        var listed = manifest.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(backup, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var relative = Path.GetRelativePath(backup, path).Replace(Path.DirectorySeparatorChar, '/');
            if (relative != BackupManifest.FileName && !listed.Contains(relative))
            {
                problems.Add($"tệp {relative} không có trong {BackupManifest.FileName}");
            }
        }

        if (problems.Count > 0)
        {
            var shown = string.Join("; ", problems.Take(10)) + (problems.Count > 10 ? $"; và {problems.Count - 10} lỗi khác" : "");
            throw new BackupException($"Bản sao lưu \"{backup}\" không còn nguyên vẹn: {shown}. Không phục hồi gì.");
        }
    }

    private static async Task RefuseUnlessEmptyAsync(Installation target, string[] excluded, bool force, CancellationToken cancellationToken)
    {
        var reasons = new List<string>();
        var tables = await TargetTablesAsync(target, cancellationToken);
        if (tables.Count > 0)
        {
            reasons.Add($"cơ sở dữ liệu {target.Describe()} đã có {tables.Count} bảng");
        }

        var files = DataFolderFiles.List(target.DataDirectory, excluded);
        if (files.Count > 0)
        {
            reasons.Add($"thư mục dữ liệu {target.DataDirectory} đã có {files.Count} tệp (như {string.Join(", ", files.Take(3))})");
        }

        if (reasons.Count > 0 && !force)
        {
            throw new BackupException(
                $"Nơi phục hồi không trống: {string.Join("; ", reasons)}. Không phục hồi gì. Để thay toàn bộ dữ liệu ở đó bằng bản sao lưu, "
                + "hãy dừng ứng dụng rồi chạy lại với --force.");
        }
    }

    private static async Task<IReadOnlyList<string>> TargetTablesAsync(Installation target, CancellationToken cancellationToken)
    {
        if (target.IsPostgres)
        {
            await using var connection = new NpgsqlConnection(target.Database.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            return await TableCounts.TablesAsync(connection, postgres: true, null, cancellationToken);
        }

        if (!File.Exists(target.SqliteFile))
        {
            return [];
        }

        await using var sqlite = SqliteSnapshot.Open(target.SqliteFile, Microsoft.Data.Sqlite.SqliteOpenMode.ReadWrite);
        await sqlite.OpenAsync(cancellationToken);
        return await TableCounts.TablesAsync(sqlite, postgres: false, null, cancellationToken);
    }

    /// <summary>Copies the data files into the staging folder, checking each copy's SHA-256 as it is written.</summary>
    private static async Task StageFilesAsync(string backup, BackupManifest manifest, string staging, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(staging);
        foreach (var file in manifest.DataFiles)
        {
            var relative = file.Path[(BackupManifest.FilesFolder.Length + 1)..].Replace('/', Path.DirectorySeparatorChar);
            var from = Path.Combine(backup, file.Path.Replace('/', Path.DirectorySeparatorChar));
            var (bytes, sha) = await FileCopy.CopyAsync(from, Path.Combine(staging, relative), cancellationToken);
            if (bytes != file.Bytes || sha != file.Sha256)
            {
                throw new BackupException($"Tệp {file.Path} đổi trong lúc chép. Không phục hồi gì.");
            }
        }
    }

    /// <summary>Copies the SQLite database beside its place and checks its rows against the manifest.</summary>
    private static async Task<SortedDictionary<string, long>> StageSqliteAsync(
        string backup, BackupManifest manifest, string staged, CancellationToken cancellationToken)
    {
        var database = manifest.Files.Single(f => f.Path == manifest.Database);
        var from = Path.Combine(backup, manifest.Database.Replace('/', Path.DirectorySeparatorChar));
        var (bytes, sha) = await FileCopy.CopyAsync(from, staged, cancellationToken);
        if (bytes != database.Bytes || sha != database.Sha256)
        {
            throw new BackupException($"Tệp {manifest.Database} đổi trong lúc chép. Không phục hồi gì.");
        }

        SortedDictionary<string, long> counts;
        await using (var connection = SqliteSnapshot.Open(staged, Microsoft.Data.Sqlite.SqliteOpenMode.ReadOnly))
        {
            await connection.OpenAsync(cancellationToken);
            counts = await TableCounts.CountAsync(connection, postgres: false, null, cancellationToken);
        }

        CheckCounts(manifest, counts, "Không phục hồi gì.");
        return counts;
    }

    /// <summary>pg_restore in one transaction (so a failure restores nothing), then the rows counted in the restored database.</summary>
    private static async Task<SortedDictionary<string, long>> RestorePostgresAsync(
        Installation target, string dump, bool force, PostgresTools tools, CancellationToken cancellationToken)
    {
        var connectionString = target.Database.ConnectionString!;
        string[] arguments =
        [
            "--no-password", "--no-owner", "--no-privileges", "--single-transaction", "--exit-on-error",
            .. force ? new[] { "--clean", "--if-exists" } : [],
            $"--dbname={PostgresTools.DatabaseName(connectionString)}", dump,
        ];
        await tools.RunAsync("pg_restore", arguments, connectionString, cancellationToken);
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        return await TableCounts.CountAsync(connection, postgres: true, null, cancellationToken);
    }

    private static void CheckCounts(BackupManifest manifest, SortedDictionary<string, long> counts, string outcome)
    {
        var differences = manifest.Tables.Where(t => counts.GetValueOrDefault(t.Key, -1) != t.Value).Select(t => t.Key).ToList();
        if (differences.Count > 0)
        {
            throw new BackupException(
                $"Số dòng của các bảng {string.Join(", ", differences.Take(5))} không khớp với {BackupManifest.FileName}. {outcome}");
        }
    }

    /// <summary>Moves what held data aside (forced restore), the staged files into place, then drops what was moved aside.</summary>
    private static void PutFilesInPlace(Installation target, string[] excluded, string staging, string aside)
    {
        var existing = DataFolderFiles.TopLevel(target.DataDirectory, excluded);
        if (existing.Count > 0)
        {
            Directory.CreateDirectory(aside);
            foreach (var entry in existing)
            {
                var to = Path.Combine(aside, Path.GetFileName(entry));
                if (Directory.Exists(entry))
                {
                    Directory.Move(entry, to);
                }
                else
                {
                    File.Move(entry, to);
                }
            }
        }

        foreach (var entry in Directory.EnumerateFileSystemEntries(staging))
        {
            var to = Path.Combine(target.DataDirectory, Path.GetFileName(entry));
            if (Directory.Exists(entry))
            {
                Directory.Move(entry, to);
            }
            else
            {
                File.Move(entry, to);
            }
        }
    }
}

/// <summary>What a restore put back: the backup's manifest, the rows counted in the restored database, the data files and their bytes.</summary>
public sealed record RestoreResult(BackupManifest Manifest, SortedDictionary<string, long> Tables, int Files, long Bytes);
