using System.Text.Json;
using System.Text.Json.Serialization;

namespace Loa.Backups;

/// <summary>
/// manifest.json of a backup: when and from which engine it was made, the last migration of its schema, the rows of every
/// table, and the size and SHA-256 of every file in the backup (the database file included). A restore checks every file
/// against it before it touches anything.
/// </summary>
public sealed class BackupManifest
{
    public const string FileName = "manifest.json";

    public const string CurrentFormat = "loa-backup/1";

    public const string DatabaseFolder = "database";

    public const string FilesFolder = "files";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string Format { get; set; } = CurrentFormat;

    public DateTime CreatedAt { get; set; }

    /// <summary>"Sqlite" or "Postgres".</summary>
    public string Engine { get; set; } = "";

    /// <summary>The path of the database file in the backup: database/loa.db (SQLite) or database/loa.dump (pg_dump, custom format).</summary>
    public string Database { get; set; } = "";

    /// <summary>The last migration applied to the database when it was backed up.</summary>
    public string? Migration { get; set; }

    /// <summary>Rows of every table, by table name.</summary>
    public SortedDictionary<string, long> Tables { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Every file of the backup but this manifest, by its path in the backup (with "/").</summary>
    public List<BackupFile> Files { get; set; } = [];

    [JsonIgnore]
    public long Rows => Tables.Values.Sum();

    /// <summary>The files of the data folder (all but the database).</summary>
    [JsonIgnore]
    public IEnumerable<BackupFile> DataFiles => Files.Where(f => f.Path.StartsWith(FilesFolder + "/", StringComparison.Ordinal));

    public async Task WriteAsync(string folder, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(Path.Combine(folder, FileName), FileMode.CreateNew, FileAccess.Write);
        await JsonSerializer.SerializeAsync(stream, this, Json, cancellationToken);
    }

    /// <summary>Reads and checks the shape of a backup's manifest; a folder that is not a backup of Loa is said so.</summary>
    public static async Task<BackupManifest> ReadAsync(string folder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            throw new BackupException($"Thư mục \"{folder}\" không phải bản sao lưu của Loa: không có {FileName}.");
        }

        BackupManifest? manifest;
        try
        {
            await using var stream = File.OpenRead(path);
            manifest = await JsonSerializer.DeserializeAsync<BackupManifest>(stream, Json, cancellationToken);
        }
        catch (JsonException)
        {
            manifest = null;
        }

        if (manifest is null || manifest.Format != CurrentFormat || manifest.Engine is not ("Sqlite" or "Postgres")
            || manifest.Tables is null || manifest.Files is null || manifest.Database is null
            || !manifest.Database.StartsWith(DatabaseFolder + "/", StringComparison.Ordinal)
            || manifest.Files.Any(f => f?.Path is null || f.Sha256 is not { Length: 64 } || f.Bytes < 0 || !IsSafe(f.Path))
            || manifest.Files.Count(f => f.Path == manifest.Database) != 1)
        {
            throw new BackupException($"Thư mục \"{folder}\" không phải bản sao lưu của Loa: {FileName} hỏng hoặc không đúng định dạng {CurrentFormat}.");
        }

        if (manifest.Files.Select(f => f.Path).Distinct(StringComparer.Ordinal).Count() != manifest.Files.Count)
        {
            throw new BackupException($"{FileName} của \"{folder}\" ghi một tệp hai lần.");
        }

        return manifest;
    }

    /// <summary>A path in the backup may only go down into database/ or files/: no "..", no root, no backslash.</summary>
    private static bool IsSafe(string path)
    {
        var parts = path.Split('/');
        return parts.Length >= 2
            && parts[0] is DatabaseFolder or FilesFolder
            && parts.All(p => p.Length > 0 && p != "." && p != ".."
                && !p.Contains('\\', StringComparison.Ordinal) && !p.Contains('\0', StringComparison.Ordinal));
    }
}

/// <summary>One file of a backup: its path in the backup (with "/"), its size and its SHA-256 (lower-case hex).</summary>
public sealed record BackupFile(string Path, long Bytes, string Sha256);
