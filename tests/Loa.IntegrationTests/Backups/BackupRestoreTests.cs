using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Loa.Backups;
using Loa.Demo;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace Loa.IntegrationTests.Backups;

/// <summary>
/// security.md 27: <c>loa backup</c> of a running demo while people work in it, <c>loa restore</c> into an empty instance, and
/// the app started on the restored data has the same rows, the same files byte for byte, the same sign-ins and the same
/// boundaries between communes. A backup changed after it was made is refused and changes nothing.
/// </summary>
public sealed class BackupRestoreTests(ITestOutputHelper log)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_running_demo_backed_up_while_people_work_is_restored_into_an_empty_instance_alike(Engine engine)
    {
        using var source = new LoaAppFactory(engine, demo: true);
        _ = source.Server;
        var folder = Directory.CreateTempSubdirectory("loa-it-backups-").FullName;
        try
        {
            // evidence uploaded through the app, on top of the demo's article images
            using var officer = source.Session();
            await officer.LoginAsync("donvi.phuoctan", DemoData.Password);
            var uploaded = new List<int>();
            for (var i = 0; i < 3; i++)
            {
                uploaded.Add(await RecordWithPhotoAsync(officer, $"Hoạt động trước sao lưu {i}"));
            }

            var before = DataFiles(source.DataPath);
            Assert.Contains(before.Keys, k => k.Contains("/articles/", StringComparison.Ordinal));
            Assert.True(before.Count >= 4, string.Join(", ", before.Keys));

            // people keep reading and writing while the backup is made
            using var stop = new CancellationTokenSource();
            using var reader = source.Session();
            await reader.LoginAsync("lanhdao.phuoctan", DemoData.Password);
            var work = Task.WhenAll(KeepWritingAsync(officer, stop.Token), KeepReadingAsync(reader, stop.Token));
            await Task.Delay(300);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var (code, output, error) = await CliRun.RunAsync(null, ["backup", "--to", folder, .. CliRun.DatabaseOf(source)]);
            var took = clock.Elapsed;
            await stop.CancelAsync();
            var (written, read) = await WaitAsync(work);
            Assert.True(code == 0, error);
            Assert.True(written > 0 && read > 0, $"{written} writes, {read} reads while the backup ran");
            var backup = Directory.GetDirectories(folder).Single();
            Assert.Contains(backup, output, StringComparison.Ordinal);
            var manifest = await ManifestAsync(backup);
            log.WriteLine($"{engine}: backup in {took.TotalSeconds:0.0} s while {written} activities were recorded and {read} pages read; {output}");

            using var restored = new LoaAppFactory(engine, demo: true);
            var postgres = engine == Engine.Postgres ? restored.PostgresConnectionString : null;
            clock.Restart();
            (code, output, error) = await CliRun.RunAsync(null, ["restore", "--from", backup, .. CliRun.DatabaseOf(restored.DataPath, postgres)]);
            log.WriteLine($"{engine}: restore in {clock.Elapsed.TotalSeconds:0.0} s; {output.Split('\n')[1].Trim()}");
            Assert.True(code == 0, error);
            Assert.Contains($"{manifest.Tables.Count} bảng", output, StringComparison.Ordinal);

            // the files, byte for byte: all the backup lists, among them every file that was there before it began
            var after = DataFiles(restored.DataPath);
            Assert.Equal(manifest.DataFiles.Select(f => f.Path["files/".Length..]).Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
            foreach (var (path, sha) in before)
            {
                Assert.Equal(sha, after[path]);
            }

            // the rows, once the app has started on them (it migrates and runs the demo seeder, which adds nothing)
            _ = restored.Server;
            await using (var db = restored.SystemDb())
            {
                var connection = db.Database.GetDbConnection();
                await connection.OpenAsync();
                var counts = await TableCounts.CountAsync(connection, engine == Engine.Postgres, null, default);
                Assert.Equal(manifest.Tables.Keys.Order(StringComparer.Ordinal), counts.Keys.Order(StringComparer.Ordinal));
                Assert.Empty(manifest.Tables
                    .Where(t => counts[t.Key] != t.Value)
                    .Select(t => $"{t.Key}: {t.Value} in the backup, {counts[t.Key]} after the restored app started"));
                Assert.Equal(manifest.Tables["Activities"], await db.Activities.IgnoreQueryFilters().LongCountAsync());
                Assert.Equal(uploaded.Count, await db.EvidenceFiles.IgnoreQueryFilters().CountAsync(f => uploaded.Contains(f.ActivityId)));
            }

            // sign-ins, the uploaded evidence through the app, and the boundaries between communes
            using var again = restored.Session();
            await again.LoginAsync("donvi.phuoctan", DemoData.Password);
            await using (var db = restored.SystemDb())
            {
                var evidence = await db.EvidenceFiles.IgnoreQueryFilters().Where(f => uploaded.Contains(f.ActivityId)).OrderBy(f => f.Id).FirstAsync();
                var download = await again.Client.GetAsync($"/evidence/download/{evidence.Id}");
                Assert.Equal(HttpStatusCode.OK, download.StatusCode);
                // a photo is stored re-encoded without its metadata (ADR 0028), so it comes back a PNG, not the bytes sent
                var served = await download.Content.ReadAsByteArrayAsync();
                Assert.Equal(TestFiles.Png[..8], served[..8]);
                Assert.Equal("image/png", download.Content.Headers.ContentType?.MediaType);

                var phuocTan = await db.Plans.IgnoreQueryFilters().SingleAsync(p => p.CommuneId != null && p.IssuerLocality == "Phước Tân");
                using var canhVinh = restored.Session();
                await canhVinh.LoginAsync("daumoi.canhvinh", DemoData.Password);
                Assert.Equal(HttpStatusCode.NotFound, (await canhVinh.Client.GetAsync($"/plans/details/{phuocTan.Id}")).StatusCode);
                Assert.Equal(HttpStatusCode.OK, (await again.Client.GetAsync($"/plans/details/{phuocTan.Id}")).StatusCode);
                Assert.Equal(HttpStatusCode.NotFound, (await canhVinh.Client.GetAsync($"/evidence/download/{evidence.Id}")).StatusCode);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_backup_changed_after_it_was_made_is_refused_and_the_empty_target_stays_empty(Engine engine)
    {
        using var source = new LoaAppFactory(engine);
        var scenario = await Scenario.CreateAsync(source);
        using var officer = source.Session();
        await officer.LoginAsync(scenario.Officer.UserName!);
        await RecordWithPhotoAsync(officer, "Hoạt động có ảnh", $"/activities/create?taskId={scenario.ClipsTask.Id}");
        var folder = Directory.CreateTempSubdirectory("loa-it-backups-").FullName;
        try
        {
            var (code, _, error) = await CliRun.RunAsync(null, ["backup", "--to", folder, .. CliRun.DatabaseOf(source)]);
            Assert.True(code == 0, error);
            var backup = Directory.GetDirectories(folder).Single();
            var photo = (await ManifestAsync(backup)).DataFiles.First(f => f.Path.StartsWith("files/uploads/", StringComparison.Ordinal));
            var path = Path.Combine(backup, photo.Path);
            var bytes = await File.ReadAllBytesAsync(path);
            bytes[^1] ^= 0xFF;
            await File.WriteAllBytesAsync(path, bytes);

            using var target = new LoaAppFactory(engine);
            var postgres = engine == Engine.Postgres ? target.PostgresConnectionString : null;
            string output;
            (code, output, error) = await CliRun.RunAsync(null, ["restore", "--from", backup, .. CliRun.DatabaseOf(target.DataPath, postgres)]);

            Assert.Equal(1, code);
            Assert.Equal("", output);
            Assert.Contains($"tệp {photo.Path} đã bị thay đổi", error, StringComparison.Ordinal);
            Assert.Contains("Không phục hồi gì", error, StringComparison.Ordinal);
            Assert.True(!Directory.Exists(target.DataPath) || Directory.GetFileSystemEntries(target.DataPath).Length == 0);
            if (postgres is not null)
            {
                await using var connection = new Npgsql.NpgsqlConnection(postgres);
                await connection.OpenAsync();
                Assert.Empty(await TableCounts.TablesAsync(connection, postgres: true, null, default));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_target_with_data_is_refused_and_replaced_whole_only_when_forced(Engine engine)
    {
        using var source = new LoaAppFactory(engine);
        var scenario = await Scenario.CreateAsync(source);
        var folder = Directory.CreateTempSubdirectory("loa-it-backups-").FullName;
        using var target = new TestDatabase(engine);
        var targetData = engine == Engine.Sqlite ? target.Folder : Directory.CreateTempSubdirectory("loa-it-target-").FullName;
        try
        {
            var (code, _, error) = await CliRun.RunAsync(null, ["backup", "--to", folder, .. CliRun.DatabaseOf(source)]);
            Assert.True(code == 0, error);
            var backup = Directory.GetDirectories(folder).Single();
            var manifest = await ManifestAsync(backup);
            await using (var db = target.Context())
            {
                await Loa.Data.DatabaseInitializer.InitializeAsync(db);
                db.Users.Add(Loa.Domain.Accounts.LocalAccounts.Create(
                    "chi.o.dich", "Chỉ ở đích", Loa.Domain.Accounts.UserRole.SystemAdmin, Scenario.Password));
                await db.SaveChangesAsync();
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Npgsql.NpgsqlConnection.ClearAllPools();
            var postgres = engine == Engine.Postgres ? target.Options.ConnectionString : null;
            (code, _, error) = await CliRun.RunAsync(null, ["restore", "--from", backup, .. CliRun.DatabaseOf(targetData, postgres)]);
            Assert.Equal(1, code);
            Assert.Contains("Nơi phục hồi không trống", error, StringComparison.Ordinal);
            await using (var db = target.Context())
            {
                Assert.Equal(["chi.o.dich"], await db.Users.Select(u => u.UserName).ToListAsync());
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Npgsql.NpgsqlConnection.ClearAllPools();
            (code, _, error) = await CliRun.RunAsync(null, ["restore", "--from", backup, "--force", .. CliRun.DatabaseOf(targetData, postgres)]);
            Assert.True(code == 0, error);
            await using (var db = target.Context())
            {
                Assert.False(await db.Users.AnyAsync(u => u.UserName == "chi.o.dich"));
                Assert.True(await db.Users.AnyAsync(u => u.UserName == scenario.Officer.UserName));
                var connection = db.Database.GetDbConnection();
                await connection.OpenAsync();
                Assert.Equal(manifest.Tables, await TableCounts.CountAsync(connection, engine == Engine.Postgres, null, default));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
            if (engine == Engine.Postgres)
            {
                Directory.Delete(targetData, recursive: true);
            }
        }
    }

    /// <summary>Records an activity with a photo on the officer's first task (or the given form); returns the activity's id.</summary>
    private static async Task<int> RecordWithPhotoAsync(WebSession officer, string title, string? form = null)
    {
        if (form is null)
        {
            var mine = await officer.GetPageAsync("/tasks/mine");
            form = mine.QuerySelectorAll("a[href^='/activities/create?taskId=']")[0].GetAttribute("href")!;
        }

        var page = await officer.GetPageAsync(form);
        var response = await officer.SubmitAsync(
            page,
            "form",
            new() { ["Activity.Title"] = title, ["Activity.Date"] = "2026-06-20", ["Activity.Quantity"] = "1" },
            [("Files", "anh.png", TestFiles.Png)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/')[^1].Split('?')[0], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<int> KeepWritingAsync(WebSession officer, CancellationToken stop)
    {
        var count = 0;
        while (!stop.IsCancellationRequested)
        {
            await RecordWithPhotoAsync(officer, $"Hoạt động trong lúc sao lưu {count}");
            count++;
        }

        return count;
    }

    private static async Task<int> KeepReadingAsync(WebSession reader, CancellationToken stop)
    {
        var count = 0;
        while (!stop.IsCancellationRequested)
        {
            var response = await reader.Client.GetAsync(count % 2 == 0 ? "/dashboard" : "/plans", CancellationToken.None);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            count++;
        }

        return count;
    }

    private static async Task<(int Written, int Read)> WaitAsync(Task<int[]> work)
    {
        var counts = await work;
        return (counts[0], counts[1]);
    }

    private static async Task<BackupManifest> ManifestAsync(string backup)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(backup, BackupManifest.FileName));
        return JsonSerializer.Deserialize<BackupManifest>(text, Json)!;
    }

    /// <summary>Every file of a data folder but the SQLite database, by its path with "/", with its SHA-256.</summary>
    private static Dictionary<string, string> DataFiles(string folder) => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(folder, f).Replace(Path.DirectorySeparatorChar, '/'))
        .Where(f => !f.StartsWith("loa.db", StringComparison.Ordinal))
        .ToDictionary(f => f, f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, f)))));
}
