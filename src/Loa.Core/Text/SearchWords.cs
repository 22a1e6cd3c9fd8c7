namespace Loa.Text;

/// <summary>
/// What someone typed in a search box, read once in the search form of <see cref="VietnameseText.SearchKey"/>, and
/// how well a title (and a longer text) answers it: every word must start a word of the text; the words in the
/// title count more than in the body, the whole phrase in the title most. "ke hoach cchc", "Kế hoạch CCHC" and
/// "kê hoach  cchc" read alike.
/// </summary>
public sealed class SearchWords
{
    private readonly string[] words;
    private readonly string phrase;

    public SearchWords(string? query)
    {
        words = VietnameseText.SearchKey(query).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        phrase = " " + string.Join(' ', words) + " ";
    }

    public bool IsEmpty => words.Length == 0;

    public IReadOnlyList<string> Words => words;

    /// <summary>0 when some word is missing; otherwise higher for a better match (the phrase in the title, whole words, the title).</summary>
    public int Score(string? title, string? body = null)
    {
        if (words.Length == 0)
        {
            return 0;
        }

        var t = " " + VietnameseText.SearchKey(title) + " ";
        string? b = null;
        var score = 0;
        foreach (var word in words)
        {
            if (t.Contains(" " + word + " ", StringComparison.Ordinal))
            {
                score += 4;
            }
            else if (t.Contains(" " + word, StringComparison.Ordinal))
            {
                score += 3;
            }
            else
            {
                b ??= " " + VietnameseText.SearchKey(body) + " ";
                if (b.Contains(" " + word, StringComparison.Ordinal))
                {
                    score += 1;
                }
                else
                {
                    return 0;
                }
            }
        }

        return t.Contains(phrase, StringComparison.Ordinal) ? score + (words.Length * 10) : score;
    }
}
