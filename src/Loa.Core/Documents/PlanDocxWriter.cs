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

    public static byte[] Write(PlanDocument plan) => DocxPackage.Write(plan.Title, (body, headers) => Fill(plan, [], body, headers));

    /// <summary>An amending plan: its body is followed by the list of what it changes in the plan it amends.</summary>
    public static byte[] Write(PlanDocument plan, IReadOnlyList<string> amendments) =>
        DocxPackage.Write(plan.Title, (body, headers) => Fill(plan, amendments, body, headers));

    public static void Write(PlanDocument plan, Stream output) => DocxPackage.Write(output, plan.Title, (body, headers) => Fill(plan, [], body, headers));

    private static void Fill(PlanDocument plan, IReadOnlyList<string> amendments, DocumentFormat.OpenXml.Wordprocessing.Body body, DocxPage.Headers headers)
    {
        body.Append(HeaderBlock.Build(DocumentHeader.Of(plan)));
        body.Append(BodyWriter.Build(plan));
        if (amendments.Count > 0)
        {
            body.Append(DocxRuns.Paragraph("NỘI DUNG ĐIỀU CHỈNH, BỔ SUNG", RunLook.Body.AsBold(), ParagraphLook.Body with { KeepNext = true }));
            body.Append(amendments.Select(a => DocxRuns.Paragraph("- " + a, RunLook.Body, ParagraphLook.Body)));
        }

        body.Append(SignatureBlock.Build(plan.Recipients, plan.Signer));
        if (plan.Tasks.Count > 0)
        {
            // The portrait section ends with this paragraph; the appendix is a landscape section of its own.
            body.Append(DocxPackage.SectionEnd(DocxPage.Portrait(headers)));
            body.Append(AppendixWriter.Build(plan));
            body.Append(DocxPackage.TinyParagraph());
            body.Append(DocxPage.Landscape(headers));
        }
        else
        {
            DocxPackage.EndPortrait(body, headers);
        }
    }
}
