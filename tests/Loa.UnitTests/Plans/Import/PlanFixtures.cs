namespace Loa.UnitTests.Plans.Import;

/// <summary>
/// The plan files in <c>Fixtures/</c>, made by LibreOffice from the three real plans (<c>Fixtures/make-fixtures.sh</c>
/// remakes them): what a commune sends when its plan was not written in Word.
/// </summary>
internal static class PlanFixtures
{
    /// <summary>The folder, found from the repository root (the files are not copied to the build output).</summary>
    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "tests", "Loa.UnitTests", "Plans", "Import", "Fixtures");

    public static byte[] Bytes(string fileName) => File.ReadAllBytes(Path.Combine(Folder, fileName));

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
