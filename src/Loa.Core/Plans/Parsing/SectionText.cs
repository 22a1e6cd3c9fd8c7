namespace Loa.Plans.Parsing;

/// <summary>Ways of reading the text of the section tree: finding a part by role, flattening a node into one text.</summary>
internal static class SectionText
{
    /// <summary>The first node (depth first, in order) with the role.</summary>
    public static SectionNode? FindRole(IEnumerable<SectionNode> nodes, string role)
    {
        foreach (var node in nodes)
        {
            if (node.Role == role)
            {
                return node;
            }

            var inner = FindRole(node.Children, role);
            if (inner is not null)
            {
                return inner;
            }
        }

        return null;
    }

    /// <summary>The node's text, then its paragraphs and bullets (marks stripped) and its sub-items, joined by one space.</summary>
    public static string FullText(SectionNode node) => string.Join(' ', Pieces(node).Where(p => p.Length > 0));

    private static IEnumerable<string> Pieces(SectionNode node)
    {
        yield return node.Text;
        foreach (var entry in node.Entries)
        {
            if (entry.Block is { } block)
            {
                yield return block.Text;
            }
            else if (entry.Node is { } child)
            {
                yield return FullText(child);
            }
        }
    }

    /// <summary>Every piece of running text of the tree in document order: headings, item texts, paragraphs, bullets.</summary>
    public static IEnumerable<string> AllTexts(IEnumerable<SectionNode> nodes)
    {
        foreach (var node in nodes)
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
                    foreach (var text in AllTexts([child]))
                    {
                        yield return text;
                    }
                }
            }
        }
    }
}
