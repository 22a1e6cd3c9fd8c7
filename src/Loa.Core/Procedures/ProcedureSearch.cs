using System.Buffers;
using Loa.Procedures;
using Loa.Text;

namespace Loa.Procedures;

/// <summary>What a search shows of a procedure.</summary>
public sealed record ProcedureEntry(int Id, string Code, string Name, string Field, string? Level, OnlineLevel OnlineLevel);

/// <summary>The page of results of a search, and how many procedures matched in all.</summary>
public sealed record ProcedureResults(IReadOnlyList<ProcedureEntry> Items, int Total);

/// <summary>
/// A province's catalogue of procedures held in memory for search, built once per version of the catalogue
/// (<see cref="Stamp"/>). A search ignores diacritics and case ("dang ky ket hon" = "Đăng ký kết hôn", đ = d),
/// tolerates typos (one edit in a word of 4+ letters, two in a word of 8+, a swap of two letters counting as one),
/// matches the start of a word ("chung th" finds "chứng thực"), and finds a procedure by its code. Results come
/// best first: the exact phrase in the name, then every word in the name, then typo matches, then matches in the
/// field only; shorter names first among equals. A search allocates only its results.
/// </summary>
public sealed class ProcedureIndex
{
    private const int PhraseTier = 4;
    private const int NameTier = 3;
    private const int TypoTier = 2;
    private const int FieldTier = 1;

    private readonly Item[] items;

    /// <summary>Every distinct folded word of the names and fields: a query word is compared with each once per search.</summary>
    private readonly string[] vocabulary;

    private ProcedureIndex(Item[] items, string[] vocabulary, long stamp)
    {
        this.items = items;
        this.vocabulary = vocabulary;
        Stamp = stamp;
        Entries = Array.ConvertAll(items, i => i.Entry);
        Fields = items.Select(i => i.Entry.Field).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The version of the catalogue this index was built from.</summary>
    public long Stamp { get; }

    /// <summary>The procedures, by field then name; a search's <c>allowed</c> mask follows this order.</summary>
    public IReadOnlyList<ProcedureEntry> Entries { get; }

    /// <summary>The fields, in the order of <see cref="Entries"/> (alphabetical in Vietnamese).</summary>
    public IReadOnlyList<string> Fields { get; }

    public static ProcedureIndex Build(IEnumerable<ProcedureEntry> entries, long stamp = 0)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        int[] Ids(string folded) => Split(folded).Select(w => words.TryGetValue(w, out var id) ? id : words[w] = words.Count).Distinct().ToArray();
        var sorted = entries
            .OrderBy(e => e.Field, VietnameseOrder.Instance)
            .ThenBy(e => e.Name, VietnameseOrder.Instance)
            .Select(e =>
            {
                var name = VietnameseText.FoldWords(e.Name);
                return new Item(e, " " + name + " ", Ids(name), Ids(VietnameseText.FoldWords(e.Field)), e.Code.ToLowerInvariant());
            })
            .ToArray();
        var vocabulary = new string[words.Count];
        foreach (var (word, id) in words)
        {
            vocabulary[id] = word;
        }

        return new ProcedureIndex(sorted, vocabulary, stamp);
    }

    /// <summary>The position of each procedure in <see cref="Entries"/>, for building an allowed mask.</summary>
    public int IndexOf(int procedureId)
    {
        for (var i = 0; i < items.Length; i++)
        {
            if (items[i].Entry.Id == procedureId)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The procedures matching <paramref name="query"/> (every word must match; an empty query matches all), within
    /// <paramref name="field"/> when given and among the positions <paramref name="allowed"/> marks when given; best first.
    /// </summary>
    public ProcedureResults Search(string? query, string? field = null, bool[]? allowed = null, int limit = 50)
    {
        var words = Split(VietnameseText.FoldWords(query));
        var trimmed = query?.Trim() ?? "";
        var byCode = trimmed.Length >= 3 && trimmed.All(c => char.IsAsciiDigit(c) || c == '.') && trimmed.Any(char.IsAsciiDigit);
        var phrase = words.Length > 0 ? " " + string.Join(' ', words) + " " : "";

        var scores = ArrayPool<int>.Shared.Rent(items.Length);
        var matches = ArrayPool<byte>.Shared.Rent(Math.Max(1, words.Length * vocabulary.Length));
        try
        {
            if (!byCode)
            {
                for (var k = 0; k < words.Length; k++)
                {
                    for (var v = 0; v < vocabulary.Length; v++)
                    {
                        matches[(k * vocabulary.Length) + v] = Match(words[k], vocabulary[v]);
                    }
                }
            }

            var total = 0;
            for (var i = 0; i < items.Length; i++)
            {
                var item = items[i];
                var score = 0;
                if ((allowed is null || (i < allowed.Length && allowed[i]))
                    && (string.IsNullOrEmpty(field) || string.Equals(item.Entry.Field, field, StringComparison.Ordinal)))
                {
                    score = byCode ? ScoreCode(item, trimmed) : words.Length == 0 ? 1 : Score(item, words, phrase, matches, vocabulary.Length);
                }

                scores[i] = score;
                if (score > 0)
                {
                    total++;
                }
            }

            var take = Math.Min(limit, total);
            var results = new ProcedureEntry[take];
            var order = new int[take];
            var filled = 0;

            // Keep the best `take` in order (insertion into a short sorted list; the catalogue is a few hundred rows).
            for (var i = 0; i < items.Length && take > 0; i++)
            {
                var s = scores[i];
                if (s <= 0 || (filled == take && !Better(i, s, order[take - 1], scores)))
                {
                    continue;
                }

                var at = filled < take ? filled++ : take - 1;
                while (at > 0 && Better(i, s, order[at - 1], scores))
                {
                    order[at] = order[at - 1];
                    at--;
                }

                order[at] = i;
            }

            for (var k = 0; k < take; k++)
            {
                results[k] = items[order[k]].Entry;
            }

            return new ProcedureResults(results, total);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(scores);
            ArrayPool<byte>.Shared.Return(matches);
        }
    }

    /// <summary>Higher score first; among equals, the catalogue's order (field, name) — already the index order.</summary>
    private static bool Better(int i, int score, int other, int[] scores) => score > scores[other] || (score == scores[other] && i < other);

    private static int ScoreCode(Item item, string code)
    {
        if (string.Equals(item.Code, code, StringComparison.Ordinal))
        {
            return 3;
        }

        return item.Code.Contains(code, StringComparison.Ordinal) ? 2 : 0;
    }

    private static int Score(Item item, string[] words, string phrase, byte[] matches, int vocabularySize)
    {
        var tier = NameTier;
        var points = 0;
        for (var k = 0; k < words.Length; k++)
        {
            var row = k * vocabularySize;
            var best = Best(item.NameWords, matches, row);
            if (best == 0)
            {
                var inField = Best(item.FieldWords, matches, row);
                if (inField == 0 && !(words[k].Length >= 3 && item.Code.Contains(words[k], StringComparison.Ordinal)))
                {
                    return 0;
                }

                tier = FieldTier;
                points += 1;
                continue;
            }

            if (best == 1 && tier > TypoTier)
            {
                tier = TypoTier;
            }

            points += best;
        }

        if (tier == NameTier && item.Name.Contains(phrase, StringComparison.Ordinal))
        {
            tier = PhraseTier;
        }

        // Tier first, then how well the words matched, then shorter names (closer to what was asked).
        return (tier * 100_000) + (points * 1_000) + (999 - Math.Min(item.Name.Length, 999));
    }

    private static int Best(int[] wordIds, byte[] matches, int row)
    {
        var best = 0;
        foreach (var id in wordIds)
        {
            best = Math.Max(best, matches[row + id]);
        }

        return best;
    }

    /// <summary>3 for the word itself, 2 for the start of a word, 1 for a word within the typo allowance, 0 for none.</summary>
    private static byte Match(string word, string candidate)
    {
        if (string.Equals(candidate, word, StringComparison.Ordinal))
        {
            return 3;
        }

        if (word.Length >= 2 && candidate.StartsWith(word, StringComparison.Ordinal))
        {
            return 2;
        }

        // Numbers (codes, years) must be typed right: 12345 is not a typo of 12346.
        var allowance = word.AsSpan().ContainsAnyInRange('0', '9') ? 0 : word.Length >= 8 ? 2 : word.Length >= 4 ? 1 : 0;
        if (allowance == 0 || Math.Abs(candidate.Length - word.Length) > allowance)
        {
            return 0;
        }

        // One edit leaves the first letter or the second in place (or swaps them): most words fail here, cheaply.
        if (allowance == 1 && word[0] != candidate[0] && word[1] != candidate[1] && word[0] != candidate[1] && word[1] != candidate[0])
        {
            return 0;
        }

        return Distance(word, candidate, allowance) <= allowance ? (byte)1 : (byte)0;
    }

    /// <summary>Damerau–Levenshtein (optimal string alignment) distance, stopping early once it exceeds <paramref name="max"/>.</summary>
    internal static int Distance(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int max)
    {
        if (a.Length > 32 || b.Length > 32)
        {
            return a.SequenceEqual(b) ? 0 : max + 1;
        }

        Span<int> previous2 = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowBest = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, previous2[j - 2] + 1);
                }

                current[j] = value;
                rowBest = Math.Min(rowBest, value);
            }

            if (rowBest > max)
            {
                return max + 1;
            }

            var spare = previous2;
            previous2 = previous;
            previous = current;
            current = spare;
        }

        return previous[b.Length];
    }

    private static string[] Split(string folded) => folded.Length == 0 ? [] : folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private sealed record Item(ProcedureEntry Entry, string Name, int[] NameWords, int[] FieldWords, string Code);
}
