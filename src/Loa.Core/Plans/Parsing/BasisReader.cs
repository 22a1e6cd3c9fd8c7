using Loa.Text;

namespace Loa.Plans.Parsing;

/// <summary>The legal basis: every document cited in the opening "Thực hiện …"/"Căn cứ …" paragraphs before part I.</summary>
internal static class BasisReader
{
    private static readonly string[] BasisStarts = ["thuc hien ", "can cu ", "trien khai ", "theo ", "thuc hien "];

    public static List<BasisDocument> Read(IReadOnlyList<SectionNode> sections, PlanIssuer issuer)
    {
        var preamble = sections.FirstOrDefault(s => s.FixedRole == SectionRoles.Preamble);
        if (preamble is null)
        {
            return [];
        }

        var paragraphs = preamble.Blocks.Select(b => b.Text).ToList();
        var opening = paragraphs.Where(p => BasisStarts.Any(s => (VietnameseText.FoldWords(p) + " ").StartsWith(s, StringComparison.Ordinal))).ToList();
        var source = opening.Count > 0 ? opening : paragraphs;
        return [.. source.SelectMany(p => DocumentCitations.Find(p, issuer))];
    }
}
