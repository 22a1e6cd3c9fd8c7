using System.Reflection;
using System.Text;

namespace Loa.Demo;

/// <summary>
/// The texts of the real plans shipped with Loa.Demo as embedded resources (<c>demo-plans/&lt;file&gt;.txt</c>):
/// demo data for the seeder and test data for the parser.
/// </summary>
public static class DemoPlanTexts
{
    private const string Prefix = "demo-plans/";

    private static readonly Assembly Resources = typeof(DemoPlanTexts).Assembly;

    /// <summary>The file names ("canh-vinh-2026.txt", …), sorted.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        .. Resources.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..])
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>The text of one plan, as stored (UTF-8, without a BOM).</summary>
    public static string Read(string name)
    {
        using var stream = Resources.GetManifestResourceStream(Prefix + name)
            ?? throw new ArgumentException($"Không có kế hoạch mẫu \"{name}\". Có: {string.Join(", ", Names)}.", nameof(name));
        using var reader = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
