using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Loa.Plans;

namespace Loa.Documents;

/// <summary>
/// Writes a plan as an official Word document in the form of Decree 30/2020 (Phụ lục I; Mẫu 1.4 and 2.1):
/// the header table, the body with its numbering, the signature block and recipients on A4 portrait; and,
/// when the plan has key tasks, an appendix in a landscape section whose page numbers restart at 1.
/// The rules are in docs (nd30-format): Times New Roman 13, margins 20/20/30/20 mm, page numbers centred in the
/// top margin and not on the first page.
/// </summary>
public static class PlanDocxWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Write(PlanDocument plan)
    {
        using var buffer = new MemoryStream();
        Write(plan, buffer);
        return buffer.ToArray();
    }

    public static void Write(PlanDocument plan, Stream output)
    {
        if (!output.CanSeek || !output.CanRead || !output.CanWrite)
        {
            output.Write(Write(plan)); // the package writer needs a seekable stream
            return;
        }

        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        DocxStyles.AddTo(main);
        var headers = DocxPage.AddHeaders(main);

        var body = new Body();
        body.Append(HeaderBlock.Build(plan));
        body.Append(BodyWriter.Build(plan));
        body.Append(SignatureBlock.Build(plan));
        if (plan.Tasks.Count > 0)
        {
            // The portrait section ends with this paragraph; the appendix is a landscape section of its own.
            body.Append(SectionEnd(DocxPage.Portrait(headers)));
            body.Append(AppendixWriter.Build(plan));
            body.Append(TinyParagraph());
            body.Append(DocxPage.Landscape(headers));
        }
        else
        {
            body.Append(TinyParagraph());
            body.Append(DocxPage.Portrait(headers));
        }

        main.Document = new Document(body);
        main.Document.Save();

        var properties = document.PackageProperties;
        properties.Title = DocxRuns.Clean(plan.Title);
        properties.Creator = "Loa";
        properties.Language = "vi-VN";
    }

    /// <summary>An empty paragraph of 2 pt, so a table can end a section without pushing a blank page.</summary>
    private static Paragraph TinyParagraph() =>
        DocxRuns.Paragraph(ParagraphLook.Cell with { Line = DocxPage.SingleLine }, new RunLook(1));

    private static Paragraph SectionEnd(SectionProperties section)
    {
        var paragraph = TinyParagraph();
        paragraph.ParagraphProperties!.Append(section);
        return paragraph;
    }
}
