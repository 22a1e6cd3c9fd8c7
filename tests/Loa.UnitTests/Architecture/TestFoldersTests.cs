namespace Loa.UnitTests.Architecture;

/// <summary>
/// The unit tests mirror the source: a test sits in the folder of the code it tests (Plans/Progress tests
/// src/Loa.Core/Plans/Progress), so a reader finds the tests of a feature where the feature is.
/// </summary>
public sealed class TestFoldersTests
{
    /// <summary>The source projects a unit-test folder may mirror (Loa.Demo once the demo has its own project).</summary>
    private static readonly string[] SourceProjects = ["src/Loa.Core", "src/Loa.Web", "src/Loa.Cli", "src/Loa.Demo"];

    /// <summary>Test folders with no source folder of their own, and why.</summary>
    private static readonly Dictionary<string, string> NoSourceFolder = new(StringComparer.Ordinal)
    {
        ["Architecture"] = "tests of the structure itself (EF model, folders)",
    };

    [Fact]
    public void Every_unit_test_folder_has_a_matching_source_folder()
    {
        var root = RepositoryRoot();
        var tests = Path.Combine(root, "tests", "Loa.UnitTests");
        var orphans = Directory.EnumerateDirectories(tests, "*", SearchOption.AllDirectories)
            .Select(d => Path.GetRelativePath(tests, d).Replace('\\', '/'))
            .Where(d => !IsBuildOutput(d))
            .Where(d => Directory.EnumerateFiles(Path.Combine(tests, d), "*.cs").Any())
            .Where(d => !NoSourceFolder.Keys.Any(allowed => d == allowed || d.StartsWith(allowed + "/", StringComparison.Ordinal)))
            .Where(d => !SourceProjects.Any(p => Directory.Exists(Path.Combine(root, p, d))) && !MirrorsAProject(root, d))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(orphans.Count == 0, "unit-test folders with no folder of that name in src/Loa.Core, src/Loa.Web, src/Loa.Cli or src/Loa.Demo: " + string.Join(", ", orphans));
    }

    /// <summary>A folder named after a project whose code sits at its root (Demo/ tests src/Loa.Demo, Demo/X tests src/Loa.Demo/X).</summary>
    private static bool MirrorsAProject(string root, string folder)
    {
        var parts = folder.Split('/');
        var project = "src/Loa." + parts[0];
        return SourceProjects.Contains(project) && Directory.Exists(Path.Combine([root, project, .. parts[1..]]));
    }

    [Fact]
    public void Namespaces_follow_the_folders()
    {
        var tests = Path.Combine(RepositoryRoot(), "tests", "Loa.UnitTests");
        var wrong = Directory.EnumerateFiles(tests, "*.cs", SearchOption.AllDirectories)
            .Select(f => (File: Path.GetRelativePath(tests, f).Replace('\\', '/'), Text: File.ReadAllText(f)))
            .Where(f => !IsBuildOutput(f.File))
            .Where(f => f.Text.Contains("\nnamespace ", StringComparison.Ordinal) || f.Text.StartsWith("namespace ", StringComparison.Ordinal))
            .Where(f => !f.Text.Contains($"namespace {Expected(f.File)};", StringComparison.Ordinal))
            .Select(f => f.File)
            .ToList();

        Assert.True(wrong.Count == 0, "files whose namespace is not their folder's: " + string.Join(", ", wrong));
    }

    private static string Expected(string file)
    {
        var folder = Path.GetDirectoryName(file)!.Replace('\\', '/');
        return folder.Length == 0 ? "Loa.UnitTests" : "Loa.UnitTests." + folder.Replace('/', '.');
    }

    private static bool IsBuildOutput(string relative) =>
        relative.Split('/')[0] is "bin" or "obj" or "TestResults" or "node_modules";

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Loa.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Loa.slnx not found above " + AppContext.BaseDirectory);
    }
}
