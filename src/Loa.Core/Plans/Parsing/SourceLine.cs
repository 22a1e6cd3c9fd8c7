namespace Loa.Plans.Parsing;

/// <summary>What a cleaned source line is.</summary>
internal enum LineKind
{
    /// <summary>Nothing but white space (or Markdown marks).</summary>
    Blank,

    /// <summary>Ordinary text.</summary>
    Text,

    /// <summary>A table row: tab-separated cells or a Markdown pipe row.</summary>
    Table,

    /// <summary>A lone page number ("2", "- 2 -", "Trang 2"): debris of a page break, dropped.</summary>
    PageNumber,

    /// <summary>A decoration line ("-----", "___", a Markdown table rule): dropped.</summary>
    Separator,
}

/// <summary>One line of the source after normalisation: NFC, Markdown marks removed, spaces collapsed.</summary>
internal sealed class SourceLine
{
    /// <summary>1-based line number in the source text.</summary>
    public required int Number { get; init; }

    public required LineKind Kind { get; init; }

    /// <summary>The cleaned text; for a table row, its non-empty cells joined by a space.</summary>
    public string Text { get; init; } = "";

    /// <summary>The line as written, trimmed: its length is what a hard wrap counted.</summary>
    public string Raw { get; init; } = "";

    /// <summary>
    /// The cleaned cells of a table row (empty cells kept, so columns line up); for a text line laid out in
    /// columns with runs of spaces (pdftotext -layout), its columns, which the header and tail read one by one.
    /// </summary>
    public IReadOnlyList<string> Cells { get; init; } = [];

    /// <summary>The whole line was bold (<c>**…**</c>), a leading list marker aside.</summary>
    public bool Bold { get; init; }

    /// <summary>The line began inside a bold run opened on an earlier line.</summary>
    public bool StartsInBold { get; init; }

    /// <summary>The number of Markdown heading marks (<c>###</c>) before the text, 0 if none.</summary>
    public int HeadingLevel { get; init; }

    /// <summary>The line ended with a Markdown hard line break (two spaces, a backslash or &lt;br&gt;).</summary>
    public bool HardBreak { get; init; }

    /// <summary>Leading white space, a tab counting 4.</summary>
    public int Indent { get; init; }

    public bool IsBlank => Kind == LineKind.Blank;

    /// <summary>The item marker at the start of the text, read once.</summary>
    public ItemMarker Marker
    {
        get
        {
            if (!_markerRead)
            {
                _marker = Kind == LineKind.Text ? ItemLabels.Parse(Text) : ItemMarker.None;
                _markerRead = true;
            }

            return _marker;
        }
    }

    private ItemMarker _marker;
    private bool _markerRead;

    public override string ToString() => $"{Number}: {Kind} {Text}";
}
