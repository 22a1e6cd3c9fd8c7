using System.Reflection;
using System.Text.RegularExpressions;
using Loa.Data;
using Loa.Demo;

namespace Loa.UnitTests.Architecture;

/// <summary>
/// The demo lives in its own project, src/Loa.Demo, which references Loa.Core; production code does not depend on it.
/// The web app and the `loa` tool reference it, and in the web app only the start-up (which builds the demo and
/// prints its accounts) and the sign-in page (which lists them) may use it: a new use elsewhere fails here.
/// </summary>
public sealed partial class DemoSeparationTests
{
    /// <summary>The files of src/ outside Loa.Demo and Loa.Cli that may use the demo, relative to the repository.</summary>
    private static readonly string[] AllowedUsers =
    [
        "src/Loa.Web/Loa.Web.csproj",
        "src/Loa.Web/Infrastructure/Startup/DemoArticleImages.cs",
        "src/Loa.Web/Infrastructure/Startup/LoaStartup.cs",
        "src/Loa.Web/Infrastructure/Startup/StartupChecks.cs",
        "src/Loa.Web/Pages/Account/Login.cshtml.cs",
    ];

    private static readonly Assembly Core = typeof(LoaDbContext).Assembly;
    private static readonly Assembly Demo = typeof(DemoSeeder).Assembly;

    [Fact]
    public void The_demo_is_an_assembly_of_its_own()
    {
        Assert.Equal("Loa.Demo", Demo.GetName().Name);
        Assert.NotEqual(Core, Demo);
    }

    [Fact]
    public void Loa_Core_references_no_demo_assembly() =>
        Assert.DoesNotContain(Core.GetReferencedAssemblies(), a => a.Name == Demo.GetName().Name);

    [Fact]
    public void Loa_Core_has_no_type_in_the_demo_namespace() =>
        Assert.Empty(Core.GetTypes().Where(t => IsDemoNamespace(t.Namespace)).Select(t => t.FullName));

    [Fact]
    public void Loa_Core_embeds_none_of_the_demo_files()
    {
        Assert.DoesNotContain(Core.GetManifestResourceNames(), n => n.StartsWith("demo", StringComparison.Ordinal));
        Assert.Contains(Demo.GetManifestResourceNames(), n => n.StartsWith("demo-plans/", StringComparison.Ordinal));
        Assert.Contains("demo-procedures.csv", Demo.GetManifestResourceNames());
    }

    [Fact]
    public void Only_the_web_apps_start_up_and_sign_in_page_use_the_demo()
    {
        var root = RepositoryRoot();
        var src = Path.Combine(root, "src");
        var excluded = new[] { "Loa.Demo", "Loa.Cli" }.Select(p => Path.Combine(src, p) + Path.DirectorySeparatorChar).ToArray();
        var users = Directory.EnumerateFiles(src, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal)
                || f.EndsWith(".csproj", StringComparison.Ordinal))
            .Where(f => !excluded.Any(e => f.StartsWith(e, StringComparison.Ordinal)))
            .Where(f => !IsBuildOutput(Path.GetRelativePath(src, f)))
            .Where(f => UsesTheDemo(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(AllowedUsers.Order(StringComparer.Ordinal), users);
    }

    [Theory]
    [InlineData("using Loa.Demo;", true)]
    [InlineData("await Loa.Demo.DemoSeeder.SeedAsync(db, today);", true)]
    [InlineData("var password = Demo.DemoData.Password;", true)]
    [InlineData("<ProjectReference Include=\"..\\Loa.Demo\\Loa.Demo.csproj\" />", true)]
    [InlineData("services.AddOptions<DemoOptions>();", false)]
    [InlineData("if (user.IsDemo) { }", false)]
    public void A_use_of_the_demo_is_seen_by_its_namespace_or_a_public_type(string line, bool uses) =>
        Assert.Equal(uses, UsesTheDemo(line));

    /// <summary>The namespace, the project name, or the name of one of the demo's public types (usable without the namespace).</summary>
    private static bool UsesTheDemo(string text) =>
        DemoNamespace().IsMatch(text)
        || Demo.GetExportedTypes().Where(t => !t.IsNested).Any(t => Regex.IsMatch(text, $@"\b{t.Name}\b"));

    private static bool IsDemoNamespace(string? name) =>
        name is not null && (name == "Loa.Demo" || name.StartsWith("Loa.Demo.", StringComparison.Ordinal));

    private static bool IsBuildOutput(string relative) =>
        relative.Split(Path.DirectorySeparatorChar).Skip(1).FirstOrDefault() is "bin" or "obj";

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Loa.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Loa.slnx not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\bLoa\.Demo\b")]
    private static partial Regex DemoNamespace();
}
