using System.Text.RegularExpressions;

namespace Loa.Backups;

/// <summary>
/// Keeps the newest backups of a folder and deletes the older ones. Only complete backups made by Loa count (a folder named
/// loa-YYYYMMDDTHHMMSSZ with a manifest); anything else in the folder is left alone, except the remains of a backup that
/// was cut short (".loa-backup-…") more than a day ago.
/// </summary>
public static partial class BackupRetention
{
    public static IReadOnlyList<string> Prune(string folder, int keep)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var backups = Directory.EnumerateDirectories(folder)
            .Where(d => BackupName().IsMatch(Path.GetFileName(d)) && File.Exists(Path.Combine(d, BackupManifest.FileName)))
            .OrderByDescending(d => Path.GetFileName(d), StringComparer.Ordinal)
            .ToList();
        var deleted = backups.Skip(Math.Max(1, keep)).OrderBy(d => Path.GetFileName(d), StringComparer.Ordinal).ToList();
        foreach (var old in deleted)
        {
            Directory.Delete(old, recursive: true);
        }

        foreach (var left in Directory.EnumerateDirectories(folder, DataFolderFiles.TemporaryPrefix + "backup-*"))
        {
            if (Directory.GetLastWriteTimeUtc(left) < DateTime.UtcNow.AddDays(-1))
            {
                FileCopy.DeleteQuietly(left);
            }
        }

        return deleted;
    }

    [GeneratedRegex(@"^loa-\d{8}T\d{6}Z(-\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex BackupName();
}
