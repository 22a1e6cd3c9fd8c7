using System.Text.RegularExpressions;
using Loa.Text;

namespace Loa.Plans.Parsing;

/// <summary>
/// Decides who issues the plan: the header block when it names the body; otherwise the commune named in the
/// title, the preamble ("Chủ tịch Ủy ban nhân dân phường Phước Tân ban hành …"), the closing ("… của Ủy ban nhân
/// dân phường Hưng Phú") or elsewhere in the body. Among several, the one whose locality is the place line's wins.
/// </summary>
internal static partial class IssuerReader
{
    public static PlanIssuer Find(PlanIssuer? fromHeader, string? title, IReadOnlyList<SectionNode> sections, string? place)
    {
        var candidates = new List<PlanIssuer>();
        if (fromHeader is not null)
        {
            candidates.Add(fromHeader);
        }

        if (title is not null)
        {
            candidates.AddRange(Named(title, requireBody: false));
        }

        var preamble = sections.Where(s => s.FixedRole == SectionRoles.Preamble);
        var closing = sections.Where(s => s.FixedRole == SectionRoles.Closing);
        var rest = sections.Where(s => s.FixedRole is null);
        foreach (var text in preamble.Concat(closing).Concat(rest).SelectMany(Texts))
        {
            candidates.AddRange(Named(text, requireBody: true));
        }

        var placeFold = VietnameseText.Fold(place);
        var chosen = (placeFold.Length > 0 ? candidates.FirstOrDefault(c => VietnameseText.Fold(c.Locality) == placeFold) : null)
            ?? candidates.FirstOrDefault();
        if (chosen is null)
        {
            return new PlanIssuer();
        }

        // The header writes names in capitals: prefer the body's spelling of the same locality.
        var spelled = candidates.FirstOrDefault(c => c != fromHeader && c.Kind == chosen.Kind
            && VietnameseText.Fold(c.Locality) == VietnameseText.Fold(chosen.Locality));
        return spelled ?? chosen;
    }

    private static IEnumerable<PlanIssuer> Named(string text, bool requireBody)
    {
        var regex = requireBody ? BodyName() : CommuneName();
        foreach (Match match in regex.Matches(text))
        {
            var kind = InlineMarkup.CollapseSpaces(match.Groups["kind"].Value);
            yield return IssuerKinds.Make(kind, match.Groups["name"].Value.Trim());
        }
    }

    private static IEnumerable<string> Texts(SectionNode node)
    {
        if (node.Text.Length > 0)
        {
            yield return node.Text;
        }

        foreach (var entry in node.Entries)
        {
            if (entry.Block is { } block)
            {
                yield return block.Text;
            }
            else if (entry.Node is { } child)
            {
                foreach (var text in Texts(child))
                {
                    yield return text;
                }
            }
        }
    }

    private const string LocalityName = @"(?<name>(?:\p{Lu}[\p{L}\p{M}'’]*|\d{1,3})(?:[ \-](?:\p{Lu}[\p{L}\p{M}'’]*|\d{1,3})){0,4})";

    [GeneratedRegex(@"(?:[ỦủUu]y|[Uu]ỷ|ỦY|UỶ)\s+(?:ban|BAN)\s+(?:nhân|NHÂN)\s+(?:dân|DÂN)\s+(?<kind>xã|phường|đặc\s+khu)\s+" + LocalityName
        + @"|\bUBND\s+(?<kind>xã|phường|đặc\s+khu)\s+" + LocalityName)]
    private static partial Regex BodyName();

    [GeneratedRegex(@"(?<![\p{L}])(?<kind>xã|phường|đặc\s+khu)\s+" + LocalityName)]
    private static partial Regex CommuneName();
}
