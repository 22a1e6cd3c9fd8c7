using DocumentFormat.OpenXml.Wordprocessing;
using Loa.Plans;
using Loa.Text;

namespace Loa.Documents;

/// <summary>
/// The end of a plan or report: a borderless table of two columns. Left: "Nơi nhận:" (12, bold italic) and the
/// recipients (11), "- X;" each and "- Lưu: VT, …." last. Right: authority, deputy and position, upper case,
/// bold 14, each on its own line; room for the signature and seal; the signer's name in bold.
/// </summary>
internal static class SignatureBlock
{
    public const int LeftWidth = 4253;
    public const int RightWidth = DocxPage.PortraitTextWidth - LeftWidth;
    public const int RecipientsTitlePoints = 12;
    public const int RecipientPoints = 11;
    public const int AuthorityPoints = 14;
    public const int NamePoints = 14;

    /// <summary>Room for the signature and seal above the name: about 3 cm.</summary>
    public const int SignatureSpace = 1701;

    /// <summary>Space between the closing paragraph and the block: "Nơi nhận:" and the authority start on one line.</summary>
    public const int TopSpace = 240;

    /// <summary>The block for any document: its Nơi nhận items (as stored, without "- " and ";") and its signer.</summary>
    public static Table Build(IEnumerable<string> recipients, Signer signer)
    {
        var table = DocxTables.Borderless([LeftWidth, RightWidth], cellMargin: 57);
        table.Append(DocxTables.Row(
            DocxTables.Cell(LeftWidth, Recipients(recipients)),
            DocxTables.Cell(RightWidth, Signature(signer ?? new Signer()))));
        return table;
    }

    /// <summary>The recipients as written: "- X;" each, the storage line "- Lưu: VT…" last, ending with ".".</summary>
    public static IReadOnlyList<string> RecipientLines(IEnumerable<string> recipients)
    {
        var items = recipients
            .Select(r => VietnameseText.Nfc(r).Trim().TrimStart('-', '+', '•', '–', ' ').TrimEnd(';', ',', ' ').Trim())
            .Where(r => r.Length > 0)
            .ToList();
        var storage = items.FindIndex(IsStorage);
        string last;
        if (storage >= 0)
        {
            last = items[storage];
            items.RemoveAt(storage);
        }
        else
        {
            last = "Lưu: VT";
        }

        var lines = items.Select(i => $"- {i.TrimEnd('.')};").ToList();
        lines.Add(last.EndsWith('.') ? $"- {last}" : $"- {last}.");
        return lines;
    }

    private static IEnumerable<Paragraph> Recipients(IEnumerable<string> recipients)
    {
        var layout = ParagraphLook.Cell;
        yield return DocxRuns.Paragraph("Nơi nhận:", new RunLook(RecipientsTitlePoints, Bold: true, Italic: true), layout with { Before = TopSpace });
        foreach (var line in RecipientLines(recipients ?? []))
        {
            yield return DocxRuns.Paragraph(line, new RunLook(RecipientPoints), layout);
        }
    }

    private static IEnumerable<Paragraph> Signature(Signer signer)
    {
        var lines = new[] { signer.Authority, signer.Deputy, signer.Position }
            .Where(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => PlanWording.Upper(l!.Trim()))
            .ToList();
        if (lines.Count == 0)
        {
            lines = ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"];
        }

        var centered = ParagraphLook.Centered with { After = 0, Line = DocxPage.SingleLine };
        for (var i = 0; i < lines.Count; i++)
        {
            yield return DocxRuns.Paragraph(lines[i], new RunLook(AuthorityPoints, Bold: true), centered with { Before = i == 0 ? TopSpace : 0 });
        }

        var name = VietnameseText.Nfc(signer.Name?.Trim() ?? "");
        yield return DocxRuns.Paragraph(name, new RunLook(NamePoints, Bold: true), centered with { Before = SignatureSpace });
    }

    private static bool IsStorage(string item) => VietnameseText.Fold(item).StartsWith("luu", StringComparison.Ordinal);
}
