using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Loa.Reports;

namespace Loa.Documents;

/// <summary>
/// The body of a report: "BÁO CÁO", the subject and a short line; "Kính gửi: …" when it goes to a higher body;
/// the opening sentence; the parts I. KẾT QUẢ THỰC HIỆN (the figure tables, then the written results), II. TỒN
/// TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN (with the late tasks), III. ĐỀ XUẤT, KIẾN NGHỊ (only when there are proposals);
/// the closing sentence. Parts and items are numbered in the order they appear (I. → 1.), so an item left out
/// leaves no gap.
/// </summary>
internal static class ReportBodyWriter
{
    public const int RecipientPoints = 14;

    /// <summary>Where "Kính gửi:" starts when it lists several addressees, one per line.</summary>
    public const int AddresseesIndent = 1701;

    public static IEnumerable<OpenXmlElement> Build(ReportDocument report)
    {
        var addressees = ReportWording.Addressees(report);
        var written = new List<OpenXmlElement>();
        written.AddRange(TitleBlock.Build(ReportWording.DocumentType, report.Title, after: addressees.Count > 0 ? 120 : 240));
        written.AddRange(Addressees(addressees));
        written.Add(Body(ReportWording.Opening(report)));

        var narrative = report.Narrative ?? new ReportNarrative();
        var part = 0;

        // I. Results: the tables, then what the people wrote.
        written.Add(PartHeading(++part, ReportWording.ResultsPart));
        var item = 0;
        var tasks = report.Tasks ?? [];
        var contributions = report.Contributions ?? [];
        var afterTable = false;
        if (report.ForUnit)
        {
            // A unit's report: the tasks it leads, whole; then apart its part in tasks others lead.
            written.Add(ItemHeading(++item, ReportWording.LedTasksItem));
            written.Add(tasks.Count > 0 ? ReportTables.Tasks(tasks) : (OpenXmlElement)Body(ReportWording.NoLedTasks));
            afterTable = tasks.Count > 0;
            if (contributions.Count > 0)
            {
                written.Add(ItemHeading(++item, ReportWording.ContributionsItem, afterTable));
                written.Add(ReportTables.Contributions(contributions));
                afterTable = true;
            }
        }
        else if (tasks.Count > 0)
        {
            written.Add(ItemHeading(++item, ReportWording.TasksItem));
            written.Add(ReportTables.Tasks(tasks));
            afterTable = true;
        }

        var span = ReportWording.TotalsSpan(report);
        var toDate = ReportWording.HasYearToDate(report) ? report.OverallToDate : null;
        written.Add(ItemHeading(++item, $"{ReportWording.ChannelsItem} {span}", afterTable));
        written.Add(ReportTables.Totals("Hình thức", report.ByChannel ?? [], report.Overall, toDate));
        written.Add(ItemHeading(++item, $"{ReportWording.ContentAreasItem} {span}", afterTable: true));
        written.Add(ReportTables.Totals("Nội dung", report.ByContentArea ?? [], report.Overall, toDate));
        var summary = DocxRuns.Clean(report.Summary).Trim();
        var results = Paragraphs(narrative.Results);
        if (summary.Length > 0 || results.Count > 0)
        {
            written.Add(ItemHeading(++item, ReportWording.AssessmentItem, afterTable: true));
            if (summary.Length > 0)
            {
                written.Add(Body(summary));
            }

            written.AddRange(results.Select(Body));
        }

        // II. Shortcomings and causes: what the people wrote, then the late tasks from the figures.
        written.Add(PartHeading(++part, ReportWording.ShortcomingsPart, afterTable: summary.Length == 0 && results.Count == 0));
        item = 0;
        written.Add(ItemHeading(++item, ReportWording.ShortcomingsItem));
        written.AddRange(Paragraphs(narrative.Shortcomings).Select(Body));
        var late = report.Late ?? [];
        if (late.Count == 0)
        {
            written.Add(Body(ReportWording.NothingLate));
        }
        else
        {
            written.Add(Body(ReportWording.LateIntroduction));
            written.AddRange(late.Select(l => Body(ReportWording.LateLine(l))));
        }

        var causes = Paragraphs(narrative.Causes);
        if (causes.Count > 0)
        {
            written.Add(ItemHeading(++item, ReportWording.CausesItem));
            written.AddRange(causes.Select(Body));
        }

        // III. Proposals, only when there are some.
        var proposals = Paragraphs(narrative.Proposals);
        if (proposals.Count > 0)
        {
            written.Add(PartHeading(++part, ReportWording.ProposalsPart));
            written.AddRange(proposals.Select(Body));
        }

        // The closing stays on the page of the signature: a signature never stands alone on a page.
        written.Add(DocxRuns.Paragraph(ReportWording.Closing(report), RunLook.Body, ParagraphLook.Body with { KeepNext = true }));
        return written;
    }

    /// <summary>"Kính gửi: X." centred; several addressees as "Kính gửi:" and "- X;" lines, the last ending with ".".</summary>
    private static IEnumerable<Paragraph> Addressees(IReadOnlyList<string> addressees)
    {
        var look = new RunLook(RecipientPoints);
        if (addressees.Count == 1)
        {
            yield return DocxRuns.Paragraph($"Kính gửi: {addressees[0]}.", look, ParagraphLook.Centered with { After = 240 });
            yield break;
        }

        if (addressees.Count == 0)
        {
            yield break;
        }

        var layout = ParagraphLook.Body with { Alignment = JustificationValues.Left, FirstLine = 0, Left = AddresseesIndent, After = 0, KeepNext = true };
        yield return DocxRuns.Paragraph("Kính gửi:", look, layout);
        for (var i = 0; i < addressees.Count; i++)
        {
            var last = i == addressees.Count - 1;
            yield return DocxRuns.Paragraph(
                $"- {addressees[i]}{(last ? "." : ";")}",
                look,
                layout with { Left = AddresseesIndent + 567, After = last ? 240 : 0, KeepNext = !last });
        }
    }

    /// <summary>"I. KẾT QUẢ THỰC HIỆN": bold, upper case, kept with what follows.</summary>
    private static Paragraph PartHeading(int number, string title, bool afterTable = false) =>
        Heading($"{Text.Numbering.Roman(number)}. {PlanWording.Upper(title)}", afterTable);

    /// <summary>"1. Kết quả …": bold, kept with what follows.</summary>
    private static Paragraph ItemHeading(int number, string title, bool afterTable = false) =>
        Heading($"{number.ToString(System.Globalization.CultureInfo.InvariantCulture)}. {title}", afterTable);

    /// <summary>A heading; one that follows a table gets space above it, so it does not stick to the table's last rule.</summary>
    private static Paragraph Heading(string text, bool afterTable) => DocxRuns.Paragraph(
        text,
        RunLook.Body.AsBold(),
        ParagraphLook.Body with { KeepNext = true, Before = afterTable ? DocxPage.ParagraphAfter : 0 });

    private static List<string> Paragraphs(IEnumerable<string>? paragraphs) =>
        [.. (paragraphs ?? []).SelectMany(DocxRuns.Lines).Where(p => p.Length > 0)];

    private static Paragraph Body(string text) => DocxRuns.Paragraph(text, RunLook.Body, ParagraphLook.Body);
}
