namespace Loa.Plans.Parsing;

/// <summary>
/// A node of the section tree while the parser works on it: an item (part, numbered, lettered) or the
/// preamble/closing, with its paragraphs, bullets and sub-items in source order and the table rows under it.
/// </summary>
internal sealed class SectionNode
{
    public ItemMarker Marker { get; init; } = ItemMarker.None;

    /// <summary>The item's own text (its heading, or the whole text of a text item).</summary>
    public string Text { get; init; } = "";

    public bool Bold { get; init; }

    public int HeadingLevel { get; init; }

    public int LineNumber { get; init; }

    /// <summary>Set for the preamble and closing nodes, which have no label.</summary>
    public string? FixedRole { get; init; }

    /// <summary>Decided after the tree is built: does the item's text head what follows, or is it the item's content?</summary>
    public bool IsHeading { get; set; }

    public string? Role { get; set; }

    /// <summary>Paragraphs, bullets and child nodes, in source order.</summary>
    public List<SectionEntry> Entries { get; } = [];

    public List<BodyBlock> TableRows { get; } = [];

    /// <summary>The key tasks read from <see cref="TableRows"/>, when they form a task table.</summary>
    public List<PlanTask>? Tasks { get; set; }

    public string? Label => Marker.IsItem ? Marker.Label : null;

    public IEnumerable<SectionNode> Children => Entries.Where(e => e.Node is not null).Select(e => e.Node!);

    public IEnumerable<BodyBlock> Blocks => Entries.Where(e => e.Block is not null).Select(e => e.Block!);

    public bool HasContent => Entries.Count > 0 || TableRows.Count > 0;

    public void Add(BodyBlock block) => Entries.Add(new SectionEntry(block, null));

    public void Add(SectionNode node) => Entries.Add(new SectionEntry(null, node));

    public override string ToString() => $"{Label} {Text}";
}

/// <summary>One entry of a node: a paragraph/bullet block or a child node.</summary>
internal sealed record SectionEntry(BodyBlock? Block, SectionNode? Node);
