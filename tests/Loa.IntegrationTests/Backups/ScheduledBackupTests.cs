using Loa.Backups;
using Loa.IntegrationTests.Infrastructure;
using Loa.Web.Infrastructure.Backups;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Loa.IntegrationTests.Backups;

/// <summary>
/// The scheduled backup of a real deployment (Backup:IntervalHours / Backup:DailyAt, Backup:Folder, Backup:Keep): made by the
/// app when due, the oldest deleted beyond Keep, and with several instances on one database made once.
/// </summary>
public sealed class ScheduledBackupTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "loa-it-scheduled-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_app_backs_up_when_due_and_keeps_the_newest(Engine engine)
    {
        using var app = new LoaAppFactory(engine, configure: services =>
        {
            // the worker's own loop waits in real time; the test moves the app's clock and calls its run itself
            foreach (var hosted in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(BackupWorker)).ToList())
            {
                services.Remove(hosted);
            }

            services.AddSingleton<BackupWorker>();
            services.PostConfigure<BackupOptions>(o =>
            {
                o.IntervalHours = 24;
                o.Keep = 2;
                o.Folder = _folder;
            });
        });
        var worker = app.Services.GetRequiredService<BackupWorker>();
        var start = app.Clock.Now;
        var made = new List<string>();

        foreach (var (hours, due) in new[] { (0, true), (0, false), (1, false), (23, false), (24, true), (30, false), (48, true), (72, true) })
        {
            app.Clock.Now = start.AddHours(hours);
            var result = await worker.RunOnceAsync(default);
            Assert.True(due == result is not null, $"at +{hours} h: {(result is null ? "no backup" : "a backup")}");
            if (result is not null)
            {
                made.Add(Path.GetFileName(result.Backup.Folder));
                Assert.Equal(3321, result.Backup.Manifest.Tables["Communes"]);
            }
        }

        Assert.Equal(["loa-20260701T030000Z", "loa-20260702T030000Z", "loa-20260703T030000Z", "loa-20260704T030000Z"], made);
        Assert.Equal(made.TakeLast(2), Directory.GetDirectories(_folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        await using var db = app.SystemDb();
        var lease = await db.JobLeases.SingleAsync(l => l.Name == ScheduledBackup.Job);
        Assert.Equal(start.AddHours(72).UtcDateTime, lease.LastRunAt);
    }

    [Fact]
    public void A_wrong_setting_stops_the_app_at_start_rather_than_making_no_backups()
    {
        using var app = new LoaAppFactory(Engine.Sqlite, configure: services => services.PostConfigure<BackupOptions>(o => o.DailyAt = "25:00"));

        var refused = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => app.Server);

        Assert.Contains("Backup:DailyAt", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Of_two_instances_looking_at_once_only_one_makes_the_backup(Engine engine)
    {
        using var app = new LoaAppFactory(engine);
        _ = app.Server;
        var installation = new Installation(
            new Loa.Data.DatabaseOptions
            {
                Provider = engine == Engine.Postgres ? "Postgres" : "Sqlite",
                ConnectionString = engine == Engine.Postgres ? app.PostgresConnectionString : null,
            },
            app.DataPath);
        var options = new BackupOptions { IntervalHours = 24, Keep = 10, Folder = _folder };
        var now = new DateTime(2026, 7, 1, 3, 0, 0, DateTimeKind.Utc);
        for (var round = 0; round < 3; round++, now = now.AddDays(1))
        {
            await using var first = app.SystemDb();
            await using var second = app.SystemDb();
            using var together = new Barrier(2);
            Task<ScheduledBackupResult?> Look(Loa.Data.LoaDbContext db, string holder) => Task.Run(async () =>
            {
                together.SignalAndWait();
                return await ScheduledBackup.RunIfDueAsync(db, installation, options, holder, now, new PostgresTools());
            });

            var results = await Task.WhenAll(Look(first, "may-1"), Look(second, "may-2"));

            Assert.Single(results, r => r is not null);
            Assert.Equal(round + 1, Directory.GetDirectories(_folder).Length);
        }
    }
}
