using Loa.OpenData;

namespace Loa.UnitTests.OpenData;

/// <summary>docs/open-data.md documents every dataset the code publishes: a section per schema with a row per field, of the right type.</summary>
public sealed class OpenDataDocumentationTests
{
    public static TheoryData<string> Schemas() => [.. OpenDataSchemas.All.Select(s => s.Id)];

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Every_field_of_the_schema_is_documented_with_its_type(string id)
    {
        var schema = OpenDataSchemas.All.Single(s => s.Id == id);
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "open-data.md"));
        var start = doc.IndexOf($"`{schema.Name}`", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/open-data.md has no section for {schema.Name}");
        var end = doc.IndexOf("\n### ", start, StringComparison.Ordinal);
        var section = end < 0 ? doc[start..] : doc[start..end];
        foreach (var column in schema.Columns)
        {
            var type = column.TypeName + (column.Nullable ? " or null" : "");
            Assert.Contains($"| `{column.Name}` | {type} |", section, StringComparison.Ordinal);
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Loa.slnx")) && !File.Exists(Path.Combine(directory.FullName, "Loa.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}
