namespace Loa.Plans.Parsing;

/// <summary>
/// Reads the lists the contract lifts out of the tree: content items and channels (the first-level items of
/// their part, deeper items folded into their parent's text), funding entries, and each unit's duties.
/// </summary>
internal static class SectionListReader
{
    /// <summary>The first-level items of the part with this role: lettered/numbered sub-items, or bullets ("-").</summary>
    public static List<LabeledItem> Items(IEnumerable<SectionNode> sections, string role)
    {
        var part = SectionText.FindRole(sections, role);
        var items = new List<LabeledItem>();
        if (part is null)
        {
            return items;
        }

        // The first bullet's mark and indent set the first level; other marks or deeper indents are sub-items.
        var firstBullet = part.Blocks.FirstOrDefault(b => b.Kind == BlockKind.Bullet);
        foreach (var entry in part.Entries)
        {
            if (entry.Node is { } child)
            {
                items.Add(new LabeledItem { Label = child.Label, Text = SectionText.FullText(child) });
            }
            else if (entry.Block is { Kind: BlockKind.Bullet } bullet)
            {
                var topLevel = bullet.Marker.Label == firstBullet!.Marker.Label && bullet.Indent <= firstBullet.Indent;
                if (topLevel || items.Count == 0)
                {
                    items.Add(new LabeledItem { Label = "-", Text = bullet.Text });
                }
                else
                {
                    items[^1].Text += " " + bullet.Text;
                }
            }
        }

        return items;
    }

    /// <summary>Each paragraph, bullet and sub-item of the part with this role, labels and marks stripped.</summary>
    public static List<string> Entries(IEnumerable<SectionNode> sections, string role)
    {
        var part = SectionText.FindRole(sections, role);
        return part is null ? [] : Duties(part);
    }

    /// <summary>One entry per numbered item of "Tổ chức thực hiện": the unit and its duties.</summary>
    public static List<Responsibility> Responsibilities(IEnumerable<SectionNode> sections)
    {
        var part = SectionText.FindRole(sections, SectionRoles.Implementation);
        var result = new List<Responsibility>();
        if (part is null)
        {
            return result;
        }

        foreach (var child in part.Children)
        {
            var unit = TextShape.TrimEndPunctuation(child.Text);
            var duties = Duties(child);
            var colon = unit.IndexOf(':', StringComparison.Ordinal);
            if (duties.Count == 0 && colon > 0 && colon < unit.Length - 1 && colon <= 100)
            {
                // "1. Phòng Văn hóa – Xã hội: chủ trì, phối hợp …" in one line.
                duties.Add(unit[(colon + 1)..].Trim());
                unit = unit[..colon].Trim();
            }

            result.Add(new Responsibility { Unit = unit, Duties = duties });
        }

        return result;
    }

    private static List<string> Duties(SectionNode node)
    {
        var duties = new List<string>();
        foreach (var entry in node.Entries)
        {
            if (entry.Block is { } block)
            {
                duties.Add(block.Text);
            }
            else if (entry.Node is { } child)
            {
                duties.Add(SectionText.FullText(child));
            }
        }

        return duties;
    }
}
