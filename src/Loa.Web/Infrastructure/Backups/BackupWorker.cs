using Loa.Backups;
using Loa.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Loa.Web.Infrastructure.Backups;

/// <summary>
/// The scheduled backup (<see cref="BackupOptions"/>, section "Backup"): when it is on, looks every few minutes whether a
/// backup is due and, under the "backup" job lease (so that with several instances on one database it runs once), makes it
/// into <c>Backup:Folder</c> and deletes the backups beyond <c>Backup:Keep</c>. A failed backup is logged as an error and
/// tried again at the next scheduled time.
/// </summary>
public sealed class BackupWorker(
    IServiceScopeFactory scopes,
    Jobs.JobInstance instance,
    IOptions<BackupOptions> options,
    IOptions<DatabaseOptions> database,
    LoaPaths paths,
    TimeProvider time,
    ILogger<BackupWorker> logger) : BackgroundService
{
    private static readonly TimeSpan Tick = TimeSpan.FromMinutes(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        logger.LogInformation(
            "Sao lưu tự động / scheduled backup: {When} vào / into {Folder}, giữ / keeping {Keep}.",
            settings.DailyTime is { } at ? $"hằng ngày lúc {at:HH\\:mm} (giờ Việt Nam)" : $"mỗi {settings.IntervalHours} giờ",
            settings.FolderFor(paths.Data),
            settings.Keep);
        try
        {
            // Let the app finish starting (migrations, demo) before the first look.
            await Task.Delay(TimeSpan.FromSeconds(30), time, stoppingToken);
            while (!stoppingToken.IsCancellationRequested)
            {
                await RunOnceAsync(stoppingToken);
                await Task.Delay(Tick, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    /// <summary>One look: the backup made (and what retention deleted), or null when none was due or another instance makes it.</summary>
    public async Task<ScheduledBackupResult?> RunOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var scope = scopes.CreateScope();
            var dbOptions = scope.ServiceProvider.GetRequiredService<DbContextOptions<LoaDbContext>>();
            await using var db = new LoaDbContext(dbOptions, new FixedTenantScope(TenantScope.System));
            var installation = new Installation(database.Value, paths.Data);
            var now = time.GetUtcNow().UtcDateTime;
            var result = await ScheduledBackup.RunIfDueAsync(db, installation, options.Value, instance.Holder, now, new PostgresTools(), cancellationToken);
            if (result is not null)
            {
                logger.LogInformation(
                    "Đã sao lưu / backup made: {Folder} ({Tables} tables, {Rows} rows, {Files} files); removed {Deleted} older.",
                    result.Backup.Folder,
                    result.Backup.Manifest.Tables.Count,
                    result.Backup.Manifest.Rows,
                    result.Backup.Manifest.DataFiles.Count(),
                    result.Deleted.Count);
            }

            return result;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A failed backup must not stop the app; it is said loudly and tried again at the next scheduled time.
            logger.LogError(exception, "Sao lưu tự động thất bại / the scheduled backup failed.");
            return null;
        }
    }
}
