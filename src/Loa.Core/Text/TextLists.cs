namespace Loa.Text;

/// <summary>How lists of texts are edited in one text box: one item per line, or paragraphs separated by a blank line.</summary>
public static class TextLists
{
    public static List<string> Lines(string? text) =>
        (text ?? "").Replace("\r", "", StringComparison.Ordinal).Split('\n')
            .Select(l => VietnameseText.Nfc(l.Trim()))
            .Where(l => l.Length > 0)
            .ToList();

    /// <summary>Paragraphs separated by blank lines (empty or only spaces); the line breaks inside one paragraph become spaces.</summary>
    public static List<string> Paragraphs(string? text)
    {
        var paragraphs = new List<string>();
        var current = new List<string>();
        foreach (var line in (text ?? "").Replace("\r", "", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).Append(""))
        {
            if (line.Length > 0)
            {
                current.Add(line);
            }
            else if (current.Count > 0)
            {
                paragraphs.Add(VietnameseText.Nfc(string.Join(' ', current)));
                current.Clear();
            }
        }

        return paragraphs;
    }

    public static string JoinLines(IEnumerable<string> lines) => string.Join('\n', lines);

    public static string JoinParagraphs(IEnumerable<string> paragraphs) => string.Join("\n\n", paragraphs);
}
