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

    /// <summary>
    /// One part of the plan: <see cref="PlanParts.Whole"/> as <see cref="Write(PlanDocument, IReadOnlyList{string})"/>;
    /// <see cref="PlanParts.WithoutAppendix"/> the plan on A4 portrait alone; <see cref="PlanParts.AppendixOnly"/> the
    /// appendix alone in its landscape section (for signing, Decree 30 keeps appendices in separate files).
    /// </summary>
    public static byte[] Write(PlanDocument plan, IReadOnlyList<string> amendments, PlanParts parts)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return parts switch
        {
            PlanParts.Whole => Write(plan, amendments),
            PlanParts.WithoutAppendix => DocxPackage.Write(plan.Title, (body, headers) => FillMain(plan, amendments, body, headers, appendixFollows: false)),
            PlanParts.AppendixOnly when plan.Tasks.Count == 0 => throw new InvalidOperationException("The plan has no key tasks, so no appendix."),
            PlanParts.AppendixOnly => DocxPackage.Write(plan.Title, (body, headers) => FillAppendix(plan, body, headers)),
            _ => throw new ArgumentOutOfRangeException(nameof(parts)),
        };
    }

    private static void Fill(PlanDocument plan, IReadOnlyList<string> amendments, DocumentFormat.OpenXml.Wordprocessing.Body body, DocxPage.Headers headers)
    {
        FillMain(plan, amendments, body, headers, appendixFollows: plan.Tasks.Count > 0);
        if (plan.Tasks.Count > 0)
        {
            FillAppendix(plan, body, headers);
        }
    }

    private static void FillAppendix(PlanDocument plan, DocumentFormat.OpenXml.Wordprocessing.Body body, DocxPage.Headers headers)
    {
        body.Append(AppendixWriter.Build(plan));
        body.Append(DocxPackage.TinyParagraph());
        body.Append(DocxPage.Landscape(headers));
    }

    private static void FillMain(
        PlanDocument plan, IReadOnlyList<string> amendments, DocumentFormat.OpenXml.Wordprocessing.Body body, DocxPage.Headers headers, bool appendixFollows)
    {
        body.Append(HeaderBlock.Build(DocumentHeader.Of(plan)));
        body.Append(BodyWriter.Build(plan));
        if (amendments.Count > 0)
        {
            body.Append(DocxRuns.Paragraph("NỘI DUNG ĐIỀU CHỈNH, BỔ SUNG", RunLook.Body.AsBold(), ParagraphLook.Body with { KeepNext = true }));
            body.Append(amendments.Select(a => DocxRuns.Paragraph("- " + a, RunLook.Body, ParagraphLook.Body)));
        }

        body.Append(SignatureBlock.Build(plan.Recipients, plan.Signer));
        if (appendixFollows)
        {
            // The portrait section ends with this paragraph; the appendix is a landscape section of its own.
            body.Append(DocxPackage.SectionEnd(DocxPage.Portrait(headers)));
        }
        else
        {
            DocxPackage.EndPortrait(body, headers);
        }
    }
}

/// <summary>Which part of a plan a document holds.</summary>
public enum PlanParts
{
    /// <summary>The plan and, when it has key tasks, its appendix after it.</summary>
    Whole,

    /// <summary>The plan without its appendix.</summary>
    WithoutAppendix,

    /// <summary>The appendix of key tasks alone.</summary>
    AppendixOnly,
}
