using System.Xml.Linq;
using UglyToad.PdfPig;

namespace Loa.UnitTests.Documents;

/// <summary>
/// What every PDF Loa makes must be: PDF/A-2b by its XMP identification (pdfaid:part 2, pdfaid:conformance B, read
/// with PdfPig) and every font embedded (pdffonts of poppler-utils); and its pages' sizes, in points.
/// </summary>
internal static class PdfChecks
{
    private static readonly XNamespace PdfAid = "http://www.aiim.org/pdfa/ns/id/";

    public static async Task AssertPdfA2bAsync(string pdf)
    {
        var (part, conformance) = Identification(await File.ReadAllBytesAsync(pdf));
        Assert.Equal("2", part);
        Assert.Equal("B", conformance);
        var fonts = await FontsAsync(pdf);
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.True(f.Embedded, $"font {f.Name} is not embedded"));
    }

    /// <summary>pdfaid:part and pdfaid:conformance of the XMP metadata; nulls when absent.</summary>
    public static (string? Part, string? Conformance) Identification(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        if (!document.TryGetXmpMetadata(out var xmp))
        {
            return (null, null);
        }

        var xml = xmp.GetXDocument();
        string? Value(string name) =>
            xml.Descendants(PdfAid + name).Select(e => e.Value).FirstOrDefault()
            ?? xml.Descendants().Attributes(PdfAid + name).Select(a => a.Value).FirstOrDefault();
        return (Value("part"), Value("conformance"));
    }

    /// <summary>The fonts pdffonts lists: name and whether it is embedded.</summary>
    public static async Task<IReadOnlyList<(string Name, bool Embedded)>> FontsAsync(string pdf)
    {
        var (code, output) = await LibreOffice.RunAsync("pdffonts", [pdf]);
        Assert.True(code == 0, output);

        // name, type (may hold spaces), encoding, emb, sub, uni, object id: read the flags from the right.
        return [.. output.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).Select(line =>
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return (fields[0], fields[^5] == "yes");
        })];
    }

    /// <summary>Width and height in points of every page.</summary>
    public static IReadOnlyList<(double Width, double Height)> PageSizes(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return [.. document.GetPages().Select(p => (p.Width, p.Height))];
    }
}
