using System.Globalization;

namespace Loa.Backups;

/// <summary>
/// Section "Backup": the scheduled backup of a real deployment, made by the web app (one instance at a time, under a job
/// lease). Off unless <see cref="IntervalHours"/> or <see cref="DailyAt"/> is set.
/// </summary>
public sealed class BackupOptions
{
    public const string Section = "Backup";

    /// <summary>A backup every this many hours; 0 (the default) is off.</summary>
    public int IntervalHours { get; set; }

    /// <summary>Or a backup once a day at this time of Vietnam's day ("02:30"); it wins over <see cref="IntervalHours"/>.</summary>
    public string? DailyAt { get; set; }

    /// <summary>Where the backups go (each in its own loa-… folder); by default the folder "backups" of the data folder. Better on another disk.</summary>
    public string? Folder { get; set; }

    /// <summary>How many backups to keep in <see cref="Folder"/>; older ones are deleted after each scheduled backup.</summary>
    public int Keep { get; set; } = 7;

    public bool Enabled => IntervalHours > 0 || !string.IsNullOrWhiteSpace(DailyAt);

    /// <summary>The daily time, when <see cref="DailyAt"/> is one.</summary>
    public TimeOnly? DailyTime => TimeOnly.TryParseExact(DailyAt?.Trim(), ["H:mm", "HH:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
        ? time
        : null;

    /// <summary>The folder of the backups for a data folder.</summary>
    public string FolderFor(string dataDirectory) =>
        Path.GetFullPath(string.IsNullOrWhiteSpace(Folder) ? Path.Combine(dataDirectory, DataFolderFiles.BackupsFolder) : Folder);

    /// <summary>What is wrong with the settings (Vietnamese and English, for the log at start), or null.</summary>
    public string? Problem()
    {
        if (IntervalHours < 0)
        {
            return "Backup:IntervalHours phải là số giờ không âm (0 là tắt) / must be a number of hours, 0 for off.";
        }

        if (!string.IsNullOrWhiteSpace(DailyAt) && DailyTime is null)
        {
            return $"Backup:DailyAt \"{DailyAt}\" phải là giờ trong ngày dạng HH:mm, ví dụ 02:30 / must be a time of day as HH:mm.";
        }

        return Keep < 1 ? "Backup:Keep phải từ 1 trở lên / must be 1 or more." : null;
    }
}
