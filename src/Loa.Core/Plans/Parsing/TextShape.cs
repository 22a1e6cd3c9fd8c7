namespace Loa.Plans.Parsing;

/// <summary>Small tests on the shape of a piece of text: how it ends, how it starts, whether it is upper case.</summary>
internal static class TextShape
{
    /// <summary>Words after which a sentence cannot end: a paragraph ending with one continues after a page break.</summary>
    private static readonly HashSet<string> ConnectiveWords = new(StringComparer.Ordinal)
    {
        "và", "của", "với", "các", "cho", "về", "trong", "tại", "hoặc", "là", "những", "được", "theo", "từ", "đến",
        "như", "để", "nhằm", "gồm", "vào", "bằng", "mà", "–", "-",
    };

    /// <summary>
    /// Verbs that open the duty and content sentences of a plan. Capitalised ("Triển khai …") they start a sentence:
    /// mid-sentence they are written in lower case.
    /// </summary>
    private static readonly string[] SentenceVerbs =
    [
        "Triển khai", "Phối hợp", "Chủ trì", "Tăng cường", "Đẩy mạnh", "Lồng ghép", "Nâng cao", "Theo dõi",
        "Chỉ đạo", "Cung cấp", "Đăng tải", "Tham mưu", "Bố trí", "Rà soát", "Đôn đốc", "Tích cực", "Chủ động", "Đồng thời",
    ];

    /// <summary>Starts with a capitalised verb that opens a plan's sentences ("Triển khai", "Phối hợp", …).</summary>
    public static bool StartsWithSentenceVerb(string text)
    {
        foreach (var verb in SentenceVerbs)
        {
            if (text.StartsWith(verb, StringComparison.Ordinal) && (text.Length == verb.Length || !char.IsLetter(text[verb.Length])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Ends like a sentence or a list entry: . ; ! ? … (also "./." and a closing bracket after a stop).</summary>
    public static bool EndsTerminal(string text)
    {
        var trimmed = text.TrimEnd();
        if (trimmed.Length == 0)
        {
            return false;
        }

        var last = trimmed[^1];
        if (last is ')' or '"' or '”' or '’' or '*' && trimmed.Length > 1)
        {
            last = trimmed[^2];
        }

        return last is '.' or ';' or '!' or '?' or '…';
    }

    /// <summary>Ends with a comma or a word that cannot end a sentence.</summary>
    public static bool EndsWithConnective(string text)
    {
        var trimmed = text.TrimEnd();
        if (trimmed.Length == 0)
        {
            return false;
        }

        if (trimmed[^1] == ',')
        {
            return true;
        }

        var space = trimmed.LastIndexOf(' ');
        var lastWord = space < 0 ? trimmed : trimmed[(space + 1)..];
        return ConnectiveWords.Contains(lastWord);
    }

    public static bool StartsLower(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                return char.IsLower(c);
            }

            if (char.IsDigit(c))
            {
                return false;
            }
        }

        return false;
    }

    public static bool StartsUpperOrDigit(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return char.IsUpper(c) || char.IsDigit(c);
            }
        }

        return false;
    }

    /// <summary>At least four letters, none of them lower case: a heading line such as "II. NỘI DUNG TUYÊN TRUYỀN".</summary>
    public static bool IsUpperCase(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (char.IsLower(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters >= 4;
    }

    /// <summary>"Trên đây là Kế hoạch …": the closing paragraph of a plan.</summary>
    public static bool StartsClosing(string text) => text.StartsWith("Trên đây", StringComparison.OrdinalIgnoreCase);

    public static bool HasLower(string text) => text.Any(char.IsLower);

    public static int FirstWordLength(string text)
    {
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        return space < 0 ? text.Length : space;
    }

    /// <summary>"Phước Tân" from "PHƯỚC TÂN": each word capitalised, the rest lower case.</summary>
    public static string TitleCase(string text)
    {
        var chars = text.ToCharArray();
        var startOfWord = true;
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (char.IsLetter(c))
            {
                chars[i] = startOfWord ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c);
                startOfWord = false;
            }
            else
            {
                startOfWord = c is ' ' or '-';
            }
        }

        return new string(chars);
    }

    /// <summary>Removes a trailing stop, colon or semicolon (and the spaces before it).</summary>
    public static string TrimEndPunctuation(string text) => text.TrimEnd().TrimEnd('.', ':', ';', ',').TrimEnd();
}
