using System.Security.Cryptography;
using System.Text.Json;
using Loa.Cli;
using Loa.Cli.Commands;
using Loa.Data;
using Loa.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Loa.UnitTests.Backups;

/// <summary>
/// <c>loa backup</c> and <c>loa restore</c> on SQLite: the database and every file of the data folder go into a folder with a
/// manifest (rows per table, size and SHA-256 of every file) and come back alike; a changed backup and a target that is
/// not empty are refused before anything is touched.
/// </summary>
public sealed class BackupCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("loa-backup-").FullName;

    private string Source => Path.Combine(_root, "nguon");

    private string Target => Path.Combine(_root, "dich");

    private string Backups => Path.Combine(_root, "sao-luu");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task A_data_folder_is_backed_up_and_restored_alike_into_an_empty_one()
    {
        var files = await MakeSourceAsync();

        var (code, output, error) = await Run("backup", "--to", Backups, "--data", Source);

        Assert.True(code == 0, error);
        var backup = Assert.Single(Directory.GetDirectories(Backups));
        Assert.Matches(@"^loa-\d{8}T\d{6}Z$", Path.GetFileName(backup));
        Assert.Contains(backup, output, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(Backups, ".loa-*"));
        using var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(backup, "manifest.json")));
        var tables = manifest.RootElement.GetProperty("tables");
        Assert.Equal(1, tables.GetProperty("AspNetUsers").GetInt64());
        Assert.Equal(34, tables.GetProperty("Provinces").GetInt64());
        Assert.Equal(3321, tables.GetProperty("Communes").GetInt64());
        var listed = manifest.RootElement.GetProperty("files").EnumerateArray()
            .ToDictionary(f => f.GetProperty("path").GetString()!, f => (Bytes: f.GetProperty("bytes").GetInt64(), Sha: f.GetProperty("sha256").GetString()!));
        Assert.Equal(
            files.Keys.Select(k => "files/" + k).Append("database/loa.db").Order(StringComparer.Ordinal),
            listed.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, (bytes, sha)) in listed)
        {
            var content = await File.ReadAllBytesAsync(Path.Combine(backup, path));
            Assert.Equal((bytes, sha), (content.LongLength, Convert.ToHexStringLower(SHA256.HashData(content))));
        }

        (code, output, error) = await Run("restore", "--from", backup, "--data", Target);

        Assert.True(code == 0, error);
        Assert.Contains("3321", output.Replace(".", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains($"{files.Count} tệp", output, StringComparison.Ordinal);
        foreach (var (path, content) in files)
        {
            Assert.Equal(content, await File.ReadAllBytesAsync(Path.Combine(Target, path)));
        }

        Assert.False(Directory.Exists(Path.Combine(Target, "backups")));
        Assert.Empty(Directory.GetFileSystemEntries(Target, ".loa-*"));
        await using var db = Open(Target);
        var admin = await db.Users.SingleAsync();
        Assert.Equal("quantri.thu", admin.UserName);
        Assert.Equal(3321, await db.Communes.CountAsync());
    }

    [Theory]
    [InlineData("files/uploads/12/0a1b2c3d", "change", "files/uploads/12/0a1b2c3d")]
    [InlineData("database/loa.db", "change", "database/loa.db")]
    [InlineData("files/feedback/7/ff00ee11", "delete", "files/feedback/7/ff00ee11")]
    [InlineData("files/uploads/12/them-vao", "add", "files/uploads/12/them-vao")]
    public async Task A_backup_changed_after_it_was_made_is_refused_and_nothing_is_restored(string path, string how, string named)
    {
        await MakeSourceAsync();
        Assert.Equal(0, (await Run("backup", "--to", Backups, "--data", Source)).Code);
        var backup = Directory.GetDirectories(Backups).Single();
        var file = Path.Combine(backup, path);
        switch (how)
        {
            case "change":
                var bytes = await File.ReadAllBytesAsync(file);
                bytes[bytes.Length / 2] ^= 0x20;
                await File.WriteAllBytesAsync(file, bytes);
                break;
            case "delete":
                File.Delete(file);
                break;
            default:
                await File.WriteAllTextAsync(file, "không có trong bản kê");
                break;
        }

        var (code, output, error) = await Run("restore", "--from", backup, "--data", Target);

        Assert.Equal(CommandRouter.Failure, code);
        Assert.Equal("", output);
        Assert.Contains(named, error, StringComparison.Ordinal);
        Assert.Contains("Không phục hồi gì", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(Target));
    }

    [Fact]
    public async Task A_target_with_data_is_refused_unless_forced_and_forcing_replaces_it_whole()
    {
        await MakeSourceAsync();
        Assert.Equal(0, (await Run("backup", "--to", Backups, "--data", Source)).Code);
        var backup = Directory.GetDirectories(Backups).Single();
        Assert.Equal(0, (await Run("restore", "--from", backup, "--data", Target)).Code);
        await using (var db = Open(Target))
        {
            db.Users.Add(LocalAccounts.Create("nguoi.moi", "Người mới", UserRole.SystemAdmin, "Mot-mat-khau-du-dai"));
            await db.SaveChangesAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var (code, _, error) = await Run("restore", "--from", backup, "--data", Target);
        Assert.Equal(CommandRouter.Failure, code);
        Assert.Contains("--force", error, StringComparison.Ordinal);
        await using (var db = Open(Target))
        {
            Assert.Equal(2, await db.Users.CountAsync());
        }

        // a data folder with files but no database is not empty either
        var onlyFiles = Path.Combine(_root, "chi-co-tep");
        Directory.CreateDirectory(Path.Combine(onlyFiles, "uploads"));
        await File.WriteAllTextAsync(Path.Combine(onlyFiles, "uploads", "a.txt"), "a");
        (code, _, error) = await Run("restore", "--from", backup, "--data", onlyFiles);
        Assert.Equal(CommandRouter.Failure, code);
        Assert.Contains("uploads/a.txt", error, StringComparison.Ordinal);

        var stray = Path.Combine(Target, "uploads", "99", "la");
        Directory.CreateDirectory(Path.GetDirectoryName(stray)!);
        await File.WriteAllTextAsync(stray, "không có trong bản sao lưu");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        (code, _, error) = await Run("restore", "--from", backup, "--data", Target, "--force");

        Assert.True(code == 0, error);
        Assert.False(File.Exists(stray));
        Assert.Empty(Directory.GetFileSystemEntries(Target, ".loa-*"));
        await using (var db = Open(Target))
        {
            Assert.Equal(["quantri.thu"], await db.Users.Select(u => u.UserName).ToListAsync());
        }
    }

    [Fact]
    public async Task Backups_kept_inside_the_data_folder_are_not_backed_up_again_nor_removed_by_a_forced_restore()
    {
        var files = await MakeSourceAsync();
        var inside = Path.Combine(Source, "luu-tru");
        Assert.Equal(0, (await Run("backup", "--to", inside, "--data", Source)).Code);
        Assert.Equal(0, (await Run("backup", "--to", inside, "--data", Source)).Code);
        var backups = Directory.GetDirectories(inside).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(2, backups.Count);
        using (var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(backups[1], "manifest.json"))))
        {
            var paths = manifest.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()!).ToList();
            Assert.DoesNotContain(paths, p => p.Contains("luu-tru", StringComparison.Ordinal) || p.Contains("backups", StringComparison.Ordinal));
            Assert.Equal(files.Count + 1, paths.Count);
        }

        // the source, forced back to its own backup kept inside it: the backup stays, a file added since goes
        await File.WriteAllTextAsync(Path.Combine(Source, "uploads", "12", "moi"), "thêm sau khi sao lưu");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var (code, _, error) = await Run("restore", "--from", backups[0], "--data", Source, "--force");

        Assert.True(code == 0, error);
        Assert.False(File.Exists(Path.Combine(Source, "uploads", "12", "moi")));
        Assert.True(Directory.Exists(backups[1]));
        Assert.True(Directory.Exists(Path.Combine(Source, "backups", "loa-20260101T000000Z")));
        foreach (var (path, content) in files)
        {
            Assert.Equal(content, await File.ReadAllBytesAsync(Path.Combine(Source, path)));
        }
    }

    [Fact]
    public async Task A_folder_that_is_not_a_backup_and_a_missing_database_say_so()
    {
        Directory.CreateDirectory(Source);
        var (code, _, error) = await Run("backup", "--to", Backups, "--data", Source);
        Assert.Equal(CommandRouter.Failure, code);
        Assert.Contains("Không có cơ sở dữ liệu", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Source, "loa.db")));

        (code, _, error) = await Run("restore", "--from", Source, "--data", Target);
        Assert.Equal(CommandRouter.Failure, code);
        Assert.Contains("không phải bản sao lưu của Loa", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_place_that_cannot_be_written_and_a_broken_manifest_are_said_plainly()
    {
        await MakeSourceAsync();
        var notAFolder = Path.Combine(_root, "la-tep");
        await File.WriteAllTextAsync(notAFolder, "x");

        var (code, _, error) = await Run("backup", "--to", notAFolder, "--data", Source);

        Assert.Equal(CommandRouter.Failure, code);
        Assert.Contains("không sao lưu được vì lỗi đọc, ghi tệp", error, StringComparison.Ordinal);

        Assert.Equal(0, (await Run("backup", "--to", Backups, "--data", Source)).Code);
        var backup = Directory.GetDirectories(Backups).Single();
        var manifest = Path.Combine(backup, "manifest.json");
        await File.WriteAllTextAsync(manifest, (await File.ReadAllTextAsync(manifest)).Replace("\"sha256\"", "\"sha\"", StringComparison.Ordinal));

        (code, _, error) = await Run("restore", "--from", backup, "--data", Target);

        Assert.Equal(CommandRouter.Failure, code);
        Assert.Contains("manifest.json hỏng hoặc không đúng định dạng", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(Target));
    }

    [Theory]
    [InlineData("thiếu --to", "backup", "--data", "x")]
    [InlineData("thiếu --from", "restore", "--force")]
    [InlineData("không hiểu tham số", "restore", "--from", "x", "--nhanh")]
    public async Task Wrong_usage_exits_with_two_and_says_why(string message, params string[] args)
    {
        var (code, _, error) = await Run(args);

        Assert.Equal(CommandRouter.Usage, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("backup", "loa backup --to THƯ_MỤC")]
    [InlineData("restore", "loa restore --from THƯ_MỤC")]
    public async Task Help_says_how_in_vietnamese(string verb, string usage)
    {
        var (code, output, _) = await Run(verb, "--help");

        Assert.Equal(CommandRouter.Ok, code);
        Assert.Contains(usage, output, StringComparison.Ordinal);
    }

    /// <summary>A data folder with a database (one account) and files in the folders the app writes, plus a "backups" folder that is not data.</summary>
    private async Task<Dictionary<string, byte[]>> MakeSourceAsync()
    {
        await using (var db = Open(Source))
        {
            await DatabaseInitializer.InitializeAsync(db);
            db.Users.Add(LocalAccounts.Create("quantri.thu", "Quản trị thử", UserRole.SystemAdmin, "Mot-mat-khau-du-dai"));
            await db.SaveChangesAsync();
        }

        var files = new Dictionary<string, byte[]>
        {
            ["uploads/12/0a1b2c3d"] = RandomNumberGenerator.GetBytes(70_000),
            ["uploads/12/articles/99aa"] = RandomNumberGenerator.GetBytes(1_000),
            ["feedback/7/ff00ee11"] = RandomNumberGenerator.GetBytes(5_000),
            ["mail/thu.eml"] = "Subject: thử\r\n\r\nnội dung"u8.ToArray(),
            ["uploads/12/rong"] = [],
        };
        foreach (var (path, content) in files)
        {
            var full = Path.Combine(Source, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            await File.WriteAllBytesAsync(full, content);
        }

        Directory.CreateDirectory(Path.Combine(Source, "backups", "loa-20260101T000000Z"));
        await File.WriteAllTextAsync(Path.Combine(Source, "backups", "loa-20260101T000000Z", "manifest.json"), "{}");
        return files;
    }

    private static LoaDbContext Open(string folder) => CliDatabase.From(new Dictionary<string, string?> { ["--data"] = folder }).Open();

    private static async Task<(int Code, string Out, string Error)> Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await new CommandRouter(CommandCatalog.All()).RunAsync(args, new CommandContext(output, error));
        return (code, output.ToString(), error.ToString());
    }
}
