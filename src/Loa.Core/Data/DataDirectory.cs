namespace Loa.Data;

/// <summary>
/// Where Loa keeps its files (the SQLite database, uploaded evidence). Configured by "Loa:DataPath" or the
/// LOA_DATA environment variable; by default the folder ".loa" at the root of the source tree, so that the
/// web app and the command line started from a clone share one database.
/// </summary>
public static class DataDirectory
{
    public static string Resolve(string? configured)
    {
        var path = !string.IsNullOrWhiteSpace(configured)
            ? configured
            : Environment.GetEnvironmentVariable("LOA_DATA") is { Length: > 0 } fromEnvironment
                ? fromEnvironment
                : Default();
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(full);
        return full;
    }

    private static string Default()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Loa.slnx")))
            {
                return Path.Combine(dir.FullName, ".loa");
            }
        }

        return Path.Combine(Directory.GetCurrentDirectory(), "loa-data");
    }
}
