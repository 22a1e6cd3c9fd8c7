using Loa.Domain;

namespace Loa.Backups;

/// <summary>When the scheduled backup is due, from the time the last one started (the job lease keeps it, for every instance).</summary>
public static class BackupSchedule
{
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public static bool IsDue(BackupOptions options, DateTime? lastRun, DateTime now)
    {
        if (!options.Enabled)
        {
            return false;
        }

        if (lastRun is not { } last)
        {
            return true;
        }

        if (options.DailyTime is { } time)
        {
            // The latest moment at that time of Vietnam's day, at or before now.
            var local = VietnamTime.Local(now);
            var today = local.Date + time.ToTimeSpan();
            var latest = (today <= local ? today : today.AddDays(-1)) - VietnamOffset;
            return last < latest;
        }

        return now - last >= TimeSpan.FromHours(options.IntervalHours);
    }
}
