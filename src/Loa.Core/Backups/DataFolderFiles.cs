namespace Loa.Backups;

/// <summary>
/// The files of a data folder that a backup carries: everything the app keeps there (uploaded evidence, article images,
/// feedback attachments, e-mails written to a folder, whatever a later version adds) — but not the SQLite database and its
/// companions (the database is taken separately), not the temporary entries of a backup or restore under way (names that
/// start with ".loa-"), not the "backups" folder (the default place of scheduled backups) and not a backup folder that
/// lies inside the data folder.
/// </summary>
public static class DataFolderFiles
{
    public const string TemporaryPrefix = ".loa-";

    public const string BackupsFolder = "backups";

    private static readonly EnumerationOptions Everything = new()
    {
        RecurseSubdirectories = false,
        AttributesToSkip = FileAttributes.ReparsePoint,
        IgnoreInaccessible = false,
        ReturnSpecialDirectories = false,
    };

    /// <summary>The files, as paths relative to the data folder with "/", in ordinal order.</summary>
    public static IReadOnlyList<string> List(string dataDirectory, IEnumerable<string> excluded)
    {
        var root = Path.GetFullPath(dataDirectory);
        var skip = excluded.Select(Path.GetFullPath).Select(p => p.TrimEnd(Path.DirectorySeparatorChar)).ToHashSet(StringComparer.Ordinal);
        var files = new List<string>();
        if (!Directory.Exists(root))
        {
            return files;
        }

        foreach (var entry in TopLevel(root, skip, leaveContainers: false))
        {
            if (Directory.Exists(entry))
            {
                Walk(entry, skip, files);
            }
            else
            {
                files.Add(entry);
            }
        }

        return [.. files.Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/')).Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The entries right under the data folder that hold data (files or folders), by full path: what a forced restore moves
    /// away. An entry that holds an excluded path (the backup being restored, kept inside the data folder) is left alone.
    /// </summary>
    public static IReadOnlyList<string> TopLevel(string dataDirectory, IEnumerable<string> excluded)
    {
        var skip = excluded.Select(Path.GetFullPath).Select(p => p.TrimEnd(Path.DirectorySeparatorChar)).ToHashSet(StringComparer.Ordinal);
        var root = Path.GetFullPath(dataDirectory);
        return Directory.Exists(root) ? TopLevel(root, skip, leaveContainers: true) : [];
    }

    private static List<string> TopLevel(string root, HashSet<string> skip, bool leaveContainers) =>
        [.. Directory.EnumerateFileSystemEntries(root, "*", Everything)
            .Where(e => !Path.GetFileName(e).StartsWith(TemporaryPrefix, StringComparison.Ordinal) && Path.GetFileName(e) != BackupsFolder)
            .Where(e => !IsExcluded(e, skip))
            .Where(e => !leaveContainers || !skip.Any(s => s.StartsWith(e + Path.DirectorySeparatorChar, StringComparison.Ordinal)))];

    private static void Walk(string folder, HashSet<string> skip, List<string> files)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*", Everything))
        {
            if (!IsExcluded(file, skip))
            {
                files.Add(file);
            }
        }

        foreach (var sub in Directory.EnumerateDirectories(folder, "*", Everything))
        {
            if (!IsExcluded(sub, skip))
            {
                Walk(sub, skip, files);
            }
        }
    }

    /// <summary>An entry is left out when it is an excluded path or lies inside one.</summary>
    private static bool IsExcluded(string path, HashSet<string> skip) =>
        skip.Contains(path) || skip.Any(s => path.StartsWith(s + Path.DirectorySeparatorChar, StringComparison.Ordinal));
}
