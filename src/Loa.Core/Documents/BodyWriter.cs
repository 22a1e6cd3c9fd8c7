using DocumentFormat.OpenXml.Wordprocessing;
using Loa.Plans;

namespace Loa.Documents;

/// <summary>
/// The body of the plan: "KẾ HOẠCH", the subject line and a short line under it, then <see cref="PlanText.Body"/> set in
/// the document's type.
/// </summary>
internal static class BodyWriter
{
    public static IEnumerable<Paragraph> Build(PlanDocument plan) =>
        TitleBlock.Build("KẾ HOẠCH", plan.Title).Concat(PlanText.Body(plan).Select(Paragraph));

    private static Paragraph Paragraph(PlanTextLine line) => DocxRuns.Paragraph(
        line.Text,
        new RunLook(DocxPage.BodyPoints, Bold: line.Bold, Italic: line.Italic),
        line.KeepNext ? ParagraphLook.Body with { KeepNext = true } : ParagraphLook.Body);
}
