using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Loa.Documents;

/// <summary>
/// The package every official document shares: the styles and settings parts, the page-number headers, the
/// body the caller fills, and the package properties (title, creator "Loa", language vi-VN). Writes to any
/// stream; the package writer needs a seekable one, so other streams get the finished bytes.
/// </summary>
internal static class DocxPackage
{
    public static byte[] Write(string? title, Action<Body, DocxPage.Headers> fill)
    {
        using var buffer = new MemoryStream();
        Write(buffer, title, fill);
        return buffer.ToArray();
    }

    public static void Write(Stream output, string? title, Action<Body, DocxPage.Headers> fill)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!output.CanSeek || !output.CanRead || !output.CanWrite)
        {
            output.Write(Write(title, fill));
            return;
        }

        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        DocxStyles.AddTo(main);
        var headers = DocxPage.AddHeaders(main);

        var body = new Body();
        fill(body, headers);
        main.Document = new Document(body);
        main.Document.Save();

        var properties = document.PackageProperties;
        properties.Title = DocxRuns.Clean(title);
        properties.Creator = "Loa";
        properties.Language = "vi-VN";
    }

    /// <summary>An empty paragraph of 1 pt, so a table can end a section without pushing a blank page.</summary>
    public static Paragraph TinyParagraph() =>
        DocxRuns.Paragraph(ParagraphLook.Cell with { Line = DocxPage.SingleLine }, new RunLook(1));

    /// <summary>A tiny paragraph that ends a section (the section's properties ride on its mark).</summary>
    public static Paragraph SectionEnd(SectionProperties section)
    {
        var paragraph = TinyParagraph();
        paragraph.ParagraphProperties!.Append(section);
        return paragraph;
    }

    /// <summary>Ends a one-section portrait document: the tiny paragraph after the signature table, then the section.</summary>
    public static void EndPortrait(Body body, DocxPage.Headers headers)
    {
        body.Append(TinyParagraph());
        body.Append(DocxPage.Portrait(headers));
    }
}
