using DocumentFormat.OpenXml.Wordprocessing;

namespace Loa.Documents;

/// <summary>
/// Under the header table: the document's type ("KẾ HOẠCH", "BÁO CÁO"), upper case, bold 14, centred; the
/// subject line (trích yếu) below it, bold, normal case, one paragraph per line; a short solid line under it.
/// </summary>
internal static class TitleBlock
{
    public const int TypePoints = 14;
    public const int TitlePoints = 14;

    /// <summary>The line under the subject: a third of its longest line, from 2 to 5 cm.</summary>
    public const int ShortestLine = 1134;
    public const int LongestLine = 2835;

    /// <param name="type">The type's name in upper case.</param>
    /// <param name="title">The subject line; its own line breaks start new lines.</param>
    /// <param name="after">Space after the short line (twips).</param>
    public static IEnumerable<Paragraph> Build(string type, string? title, int after = 240)
    {
        yield return DocxRuns.Paragraph(type, new RunLook(TypePoints, Bold: true), ParagraphLook.Centered with { Before = 240, After = 0, KeepNext = true });
        var titleLines = DocxRuns.Lines(title).ToList();
        foreach (var line in titleLines)
        {
            yield return DocxRuns.Paragraph(line, new RunLook(TitlePoints, Bold: true), ParagraphLook.Centered with { After = 0, KeepNext = true });
        }

        var titleWidth = titleLines.Count == 0 ? 0 : titleLines.Max(l => TextWidths.BoldTwips(l, TitlePoints));
        var length = Math.Clamp(titleWidth / 3, ShortestLine, LongestLine);
        var indent = (DocxPage.PortraitTextWidth - length) / 2;
        yield return DocxRuns.Line(indent, DocxPage.PortraitTextWidth - length - indent, after: after);
    }
}
