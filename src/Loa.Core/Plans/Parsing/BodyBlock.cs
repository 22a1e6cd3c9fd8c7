namespace Loa.Plans.Parsing;

/// <summary>What a block of the body is.</summary>
internal enum BlockKind
{
    /// <summary>Plain running text.</summary>
    Paragraph,

    /// <summary>A numbered or lettered item ("I.", "1.", "1.1.", "a)"): becomes a node of the section tree.</summary>
    Item,

    /// <summary>A bullet ("-", "+", "•", "–"): a paragraph of the node it is under.</summary>
    Bullet,

    /// <summary>A table row.</summary>
    Table,
}

/// <summary>A paragraph of the body after hard-wrapped lines have been joined: the unit the section tree is built from.</summary>
internal sealed class BodyBlock
{
    public required BlockKind Kind { get; init; }

    /// <summary>The marker of an item or bullet; <see cref="ItemMarker.None"/> for paragraphs and rows.</summary>
    public ItemMarker Marker { get; init; } = ItemMarker.None;

    /// <summary>The text without its marker, wrapped lines joined by one space.</summary>
    public string Text { get; init; } = "";

    public bool Bold { get; init; }

    public int HeadingLevel { get; init; }

    public int Indent { get; init; }

    /// <summary>The cells of a table row.</summary>
    public IReadOnlyList<string> Cells { get; init; } = [];

    /// <summary>The source line the block starts on.</summary>
    public int LineNumber { get; init; }

    /// <summary>The text as a reader sees it: a bullet gets the normalised "- " prefix.</summary>
    public string DisplayText => Kind == BlockKind.Bullet ? "- " + Text : Text;

    public override string ToString() => $"{LineNumber}: {Kind} {Marker.Label} {Text}";
}
