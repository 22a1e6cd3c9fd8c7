namespace Loa.Text;

/// <summary>How lists of texts are edited in one text box: one item per line, or paragraphs separated by a blank line.</summary>
public static class TextLists
{
    public static List<string> Lines(string? text) =>
        (text ?? "").Replace("\r", "", StringComparison.Ordinal).Split('\n')
            .Select(l => VietnameseText.Nfc(l.Trim()))
            .Where(l => l.Length > 0)
            .ToList();

    /// <summary>Paragraphs separated by blank lines; the line breaks inside one paragraph become spaces.</summary>
    public static List<string> Paragraphs(string? text) =>
        (text ?? "").Replace("\r", "", StringComparison.Ordinal).Split("\n\n")
            .Select(p => string.Join(' ', p.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)))
            .Select(VietnameseText.Nfc)
            .Where(p => p.Length > 0)
            .ToList();

    public static string JoinLines(IEnumerable<string> lines) => string.Join('\n', lines);

    public static string JoinParagraphs(IEnumerable<string> paragraphs) => string.Join("\n\n", paragraphs);
}
