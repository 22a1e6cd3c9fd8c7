
namespace Loa.Plans.Parsing;

/// <summary>
/// Builds the section tree from the body's blocks: a preamble node for what comes before the first item,
/// items nested by rank (I → 1 → 1.1 → a), paragraphs, bullets and table rows under the deepest open item,
/// and a closing node from "Trên đây là …" on.
/// </summary>
internal static class SectionTreeBuilder
{
    /// <summary>A numbered item longer than this, or ending like a sentence, is a text item unless it has content under it.</summary>
    private const int HeadingMaxLength = 120;

    public static List<SectionNode> Build(IReadOnlyList<BodyBlock> blocks)
    {
        var preamble = new SectionNode { FixedRole = SectionRoles.Preamble };
        SectionNode? closing = null;
        var top = new List<SectionNode>();
        var open = new List<SectionNode>();
        foreach (var block in blocks)
        {
            if (closing is null && block.Kind == BlockKind.Paragraph
                && TextShape.StartsClosing(block.Text))
            {
                closing = new SectionNode { FixedRole = SectionRoles.Closing, LineNumber = block.LineNumber };
            }

            if (closing is not null)
            {
                AddTo(closing, block);
                continue;
            }

            if (block.Kind != BlockKind.Item)
            {
                AddTo(open.Count > 0 ? open[^1] : preamble, block);
                continue;
            }

            var node = new SectionNode
            {
                Marker = block.Marker,
                Text = block.Text,
                Bold = block.Bold,
                HeadingLevel = block.HeadingLevel,
                LineNumber = block.LineNumber,
            };
            while (open.Count > 0 && open[^1].Marker.Rank >= block.Marker.Rank)
            {
                open.RemoveAt(open.Count - 1);
            }

            if (open.Count > 0)
            {
                open[^1].Add(node);
            }
            else
            {
                top.Add(node);
            }

            open.Add(node);
        }

        var result = new List<SectionNode>();
        if (preamble.HasContent)
        {
            result.Add(preamble);
        }

        result.AddRange(top);
        if (closing is not null)
        {
            result.Add(closing);
        }

        foreach (var node in result)
        {
            DecideHeadings(node);
        }

        SectionRoleClassifier.Assign(result);
        return result;
    }

    private static void AddTo(SectionNode node, BodyBlock block)
    {
        if (block.Kind == BlockKind.Table)
        {
            node.TableRows.Add(block);
        }
        else if (block.Kind == BlockKind.Item)
        {
            // An item inside the closing text keeps its label as written.
            node.Add(new BodyBlock
            {
                Kind = BlockKind.Paragraph,
                Text = $"{block.Marker.Label}{(block.Marker.Kind == MarkerKind.Letter ? ")" : ".")} {block.Text}",
                LineNumber = block.LineNumber,
            });
        }
        else
        {
            node.Add(block);
        }
    }

    private static void DecideHeadings(SectionNode node)
    {
        node.IsHeading = node.FixedRole is null && IsHeading(node);
        foreach (var child in node.Children)
        {
            DecideHeadings(child);
        }
    }

    /// <summary>
    /// A part is always a heading; a numbered or lettered item is one when it is a bold or Markdown heading line,
    /// when something is under it, or when it is short and does not end like a sentence.
    /// </summary>
    private static bool IsHeading(SectionNode node)
    {
        if (node.Marker.Kind == MarkerKind.Roman || node.Bold || node.HeadingLevel > 0 || node.HasContent)
        {
            return true;
        }

        var text = WithoutTrailingNote(node.Text);
        return text.Length < HeadingMaxLength && !TextShape.EndsTerminal(text);
    }

    /// <summary>"Các nhiệm vụ trọng tâm (Kèm Phụ lục …)" → "Các nhiệm vụ trọng tâm".</summary>
    private static string WithoutTrailingNote(string text)
    {
        var trimmed = text.TrimEnd();
        if (!trimmed.EndsWith(')'))
        {
            return trimmed;
        }

        var open = trimmed.LastIndexOf('(');
        return open > 0 ? trimmed[..open].TrimEnd() : trimmed;
    }
}
