using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using Loa.Text;

namespace Loa.Documents;

/// <summary>How a run of text looks: size in points, bold, italic. Every run is Times New Roman, black.</summary>
internal readonly record struct RunLook(int Points, bool Bold = false, bool Italic = false)
{
    public static readonly RunLook Body = new(DocxPage.BodyPoints);

    public RunLook AsBold() => this with { Bold = true };

    public RunLook AsItalic() => this with { Italic = true };
}

/// <summary>How a paragraph is laid out. Distances are in twips (1/20 pt); <see cref="Line"/> in 240ths of a line.</summary>
internal sealed record ParagraphLook
{
    /// <summary>Body text: justified, first line indented 1 cm, 6 pt after, line spacing 1.15.</summary>
    public static readonly ParagraphLook Body = new();

    /// <summary>A centred line with no indent (titles, header lines).</summary>
    public static readonly ParagraphLook Centered = new() { Alignment = JustificationValues.Center, FirstLine = 0 };

    /// <summary>Compact text inside a table cell: single spacing, nothing after.</summary>
    public static readonly ParagraphLook Cell = new() { Alignment = JustificationValues.Left, FirstLine = 0, After = 0, Line = DocxPage.SingleLine };

    public JustificationValues Alignment { get; init; } = JustificationValues.Both;
    public int FirstLine { get; init; } = DocxPage.FirstLineIndent;
    public int Left { get; init; }
    public int Right { get; init; }
    public int Before { get; init; }
    public int After { get; init; } = DocxPage.ParagraphAfter;
    public int Line { get; init; } = DocxPage.BodyLine;
    public bool KeepNext { get; init; }

    /// <summary>A solid line under the paragraph, as long as the space between its indents.</summary>
    public bool BottomLine { get; init; }
}

/// <summary>Builds runs and paragraphs: Times New Roman on every script, black, sizes in half-points, text in NFC.</summary>
internal static class DocxRuns
{
    public const string Font = "Times New Roman";

    public static Run Run(string text, RunLook look)
    {
        var run = new Run(Properties(look));
        run.Append(new DocumentFormat.OpenXml.Wordprocessing.Text(Clean(text)) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>One paragraph holding one run. The text must not contain line breaks (split it first).</summary>
    public static Paragraph Paragraph(string text, RunLook look, ParagraphLook layout) =>
        Paragraph(layout, look, Run(text, look));

    /// <summary>A paragraph with the given runs; <paramref name="mark"/> sizes the paragraph mark (and so an empty line).</summary>
    public static Paragraph Paragraph(ParagraphLook layout, RunLook mark, params Run[] runs)
    {
        var paragraph = new Paragraph(ParagraphProperties(layout, mark));
        paragraph.Append(runs);
        return paragraph;
    }

    /// <summary>An empty paragraph whose bottom border draws a short solid line, centred between the given indents.</summary>
    public static Paragraph Line(int left, int right, int before = 0, int after = 0) => Paragraph(
        ParagraphLook.Centered with { Left = left, Right = right, Before = before, After = after, Line = DocxPage.SingleLine, BottomLine = true },
        new RunLook(4));

    public static ParagraphProperties ParagraphProperties(ParagraphLook layout, RunLook mark)
    {
        var properties = new ParagraphProperties();
        if (layout.KeepNext)
        {
            properties.Append(new KeepNext());
        }

        if (layout.BottomLine)
        {
            properties.Append(new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = "000000" }));
        }

        properties.Append(new SpacingBetweenLines
        {
            Before = Twips(layout.Before),
            After = Twips(layout.After),
            Line = Twips(layout.Line),
            LineRule = LineSpacingRuleValues.Auto,
        });
        properties.Append(new Indentation
        {
            Left = Twips(layout.Left),
            Right = Twips(layout.Right),
            FirstLine = Twips(layout.FirstLine),
        });
        properties.Append(new Justification { Val = layout.Alignment });
        properties.Append(new ParagraphMarkRunProperties(RunPropertyElements(mark)));
        return properties;
    }

    public static RunProperties Properties(RunLook look) => new(RunPropertyElements(look));

    private static IEnumerable<DocumentFormat.OpenXml.OpenXmlElement> RunPropertyElements(RunLook look)
    {
        yield return new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font };
        if (look.Bold)
        {
            yield return new Bold();
            yield return new BoldComplexScript();
        }

        if (look.Italic)
        {
            yield return new Italic();
            yield return new ItalicComplexScript();
        }

        yield return new Color { Val = "000000" };
        var halfPoints = Twips(look.Points * 2);
        yield return new FontSize { Val = halfPoints };
        yield return new FontSizeComplexScript { Val = halfPoints };
    }

    /// <summary>
    /// Text as it may go into a run: NFC, tabs and line breaks as spaces, no characters XML cannot hold.
    /// Callers split paragraphs on line breaks before this; anything left is joined.
    /// </summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var normalized = VietnameseText.Nfc(text);
        StringBuilder? builder = null;
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            var replacement = c switch
            {
                '\t' or '\n' or '\r' or '\u2028' or '\u2029' => " ",
                < ' ' or '\uFFFE' or '\uFFFF' => "",
                _ when char.IsSurrogate(c) && !IsPairedSurrogate(normalized, i) => "",
                _ => null,
            };
            if (replacement is null)
            {
                builder?.Append(c);
                continue;
            }

            builder ??= new StringBuilder(normalized, 0, i, normalized.Length);
            builder.Append(replacement);
        }

        return builder?.ToString() ?? normalized;
    }

    /// <summary>Splits text into the lines it holds, trimmed, without empty ones (a paragraph per line).</summary>
    public static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Split(['\r', '\n', '\u2028', '\u2029'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static bool IsPairedSurrogate(string text, int i) => char.IsHighSurrogate(text[i])
        ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
        : i > 0 && char.IsHighSurrogate(text[i - 1]);

    private static string Twips(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
