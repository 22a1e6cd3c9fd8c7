using Loa.Data;
using Loa.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Loa.Backups;

/// <summary>
/// One tick of the scheduled backup: if a backup is due (from the last run the "backup" job lease records), take the lease
/// — among several app instances on one database only one gets it — make the backup, then apply retention.
/// </summary>
public static class ScheduledBackup
{
    public const string Job = "backup";

    /// <summary>How long the lease is held: the longest a backup is expected to take; no other instance starts one meanwhile.</summary>
    public static readonly TimeSpan LeaseLength = TimeSpan.FromHours(1);

    /// <summary>The backup made and the old backups deleted, or null when none was due or another instance has the lease.</summary>
    public static async Task<ScheduledBackupResult?> RunIfDueAsync(
        LoaDbContext db,
        Installation installation,
        BackupOptions options,
        string holder,
        DateTime now,
        PostgresTools tools,
        CancellationToken cancellationToken = default)
    {
        var lastRun = await db.JobLeases.AsNoTracking().Where(l => l.Name == Job).Select(l => l.LastRunAt).FirstOrDefaultAsync(cancellationToken);
        if (!BackupSchedule.IsDue(options, lastRun, now) || !await JobLeases.TryTakeAsync(db, Job, holder, now, LeaseLength, cancellationToken))
        {
            return null;
        }

        var folder = options.FolderFor(installation.DataDirectory);
        var backup = await BackupWriter.CreateAsync(installation, folder, now, tools, cancellationToken);
        var deleted = BackupRetention.Prune(folder, options.Keep);
        return new ScheduledBackupResult(backup, deleted);
    }
}

/// <summary>A scheduled backup made, and the older backups retention deleted after it.</summary>
public sealed record ScheduledBackupResult(BackupResult Backup, IReadOnlyList<string> Deleted);
