namespace Loa.Plans.Parsing;

/// <summary>Turns the working tree into the exchange form: <see cref="PlanSection"/> with label, heading, role, paragraphs, children.</summary>
internal static class SectionWriter
{
    public static List<PlanSection> Write(IEnumerable<SectionNode> nodes) => [.. nodes.Select(Write)];

    private static PlanSection Write(SectionNode node)
    {
        var section = new PlanSection
        {
            Label = node.Label,
            Heading = node.IsHeading ? node.Text : null,
            Role = node.Role,
        };
        if (node.FixedRole is null && !node.IsHeading)
        {
            section.Paragraphs.Add(node.Text);
        }

        foreach (var entry in node.Entries)
        {
            if (entry.Block is { } block)
            {
                section.Paragraphs.Add(block.DisplayText);
            }
            else if (entry.Node is { } child)
            {
                section.Children.Add(Write(child));
            }
        }

        if (node.Tasks is null)
        {
            // Rows of a table that is not a task table stay in the body as paragraphs.
            foreach (var row in node.TableRows)
            {
                section.Paragraphs.Add(string.Join(" | ", row.Cells.Where(c => c.Length > 0)));
            }
        }

        return section;
    }
}
