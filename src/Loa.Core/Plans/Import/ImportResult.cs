namespace Loa.Plans.Import;

/// <summary>What an imported file was recognised as.</summary>
public enum ImportKind
{
    /// <summary>A Word document (.docx), read through its paragraphs, numbering and tables.</summary>
    Docx,

    /// <summary>A PDF with a text layer, its lines and tables rebuilt from the words' positions.</summary>
    Pdf,

    /// <summary>Plain text (typed, converted, or pasted from a PDF).</summary>
    Text,

    /// <summary>Text with Markdown marks (headings, bold, pipe tables).</summary>
    Markdown,

    /// <summary>A plan already in the exchange form <c>loa.plan/1</c>.</summary>
    Json,
}

/// <summary>The outcome of <see cref="PlanImporter.Import(byte[], string?)"/>: the plan, the text it was read from, and what to check.</summary>
public sealed class ImportResult
{
    /// <summary>The recognised plan. <see cref="PlanDocument.Unplaced"/> lists the source lines that found no place.</summary>
    public required PlanDocument Plan { get; init; }

    /// <summary>
    /// The text the parser read, one entry per line, for a side-by-side "source" view: one line per paragraph
    /// (a blank line between paragraphs), a table row as its cells joined by tabs, Word numbering written out
    /// as the labels Word shows ("I.", "1.", "a)", "-"). <c>string.Join('\n', SourceLines)</c> is exactly the
    /// text given to the parser (NFC, line breaks unified); for JSON input, the JSON's lines.
    /// </summary>
    public required IReadOnlyList<string> SourceLines { get; init; }

    /// <summary>What the content was recognised as (by its bytes, the file name only telling Markdown from text).</summary>
    public required ImportKind Kind { get; init; }

    /// <summary>
    /// Things the officer should check, in Vietnamese: text taken from a legacy encoding, tracked changes,
    /// merged table cells, text boxes, footnotes or images left out, and the like. Empty when nothing needs saying.
    /// </summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
