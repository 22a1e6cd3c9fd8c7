using System.Buffers;
using Loa.Procedures;
using Loa.Text;

namespace Loa.Procedures;

/// <summary>What a search shows of a procedure.</summary>
public sealed record ProcedureEntry(int Id, string Code, string Name, string Field, string? Level, OnlineLevel OnlineLevel);

/// <summary>The page of results of a search, and how many procedures matched in all.</summary>
public sealed record ProcedureResults(IReadOnlyList<ProcedureEntry> Items, int Total);

/// <summary>
/// A province's catalogue of procedures held in memory for search, built once per version of the catalogue and of
/// the province's list of everyday words (<see cref="Stamp"/>). Words are compared in the one search form of
/// <see cref="VietnameseText.SearchKey"/>: diacritics, case, đ/d, extra spaces and the i/y of "kí"/"ký" do not matter.
/// A search tolerates typos (one edit in a word of 4+ letters, two in a word of 8+, a swap of two letters counting as
/// one), matches the start of a word ("chung th" finds "chứng thực"), finds a procedure by its code, and reads the
/// everyday words people type through the province's <see cref="ProcedureSynonyms"/> ("làm giấy khai sinh" is
/// "đăng ký khai sinh"). Results come best first (<see cref="Tier"/>): the exact name, a name that starts with what was
/// typed, the phrase in the name, every word in the name, typo matches, matches through an everyday word, matches
/// in the field only; shorter names first among equals.
/// </summary>
public sealed class ProcedureIndex
{
    /// <summary>Most rewritten queries tried through synonyms for one search.</summary>
    private const int MaxRewrites = 12;

    /// <summary>Marks a word already read through a synonym while several are applied at once.</summary>
    private const char Replaced = '\u0001';

    private readonly Item[] items;

    /// <summary>Every distinct folded word of the names and fields: a query word is compared with each once per search.</summary>
    private readonly string[] vocabulary;

    private readonly (string[] Words, string[] Means)[] synonyms;

    private ProcedureIndex(Item[] items, string[] vocabulary, (string[], string[])[] synonyms, long stamp)
    {
        this.items = items;
        this.vocabulary = vocabulary;
        this.synonyms = synonyms;
        Stamp = stamp;
        Entries = Array.ConvertAll(items, i => i.Entry);
        Fields = items.Select(i => i.Entry.Field).Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>How a procedure matched, best last; the score of a result is its tier first.</summary>
    public enum Tier
    {
        None = 0,

        /// <summary>Some word only in the field (lĩnh vực), reached through an everyday word.</summary>
        SynonymField = 1,

        /// <summary>Some word only in the field (lĩnh vực).</summary>
        Field = 2,

        /// <summary>The name matched once everyday words were read as the province's list says.</summary>
        Synonym = 3,

        /// <summary>Every word in the name, some within the typo allowance.</summary>
        Typo = 4,

        /// <summary>Every word in the name (or the start of a word of it), in any order.</summary>
        AllWords = 5,

        /// <summary>The words, in order, somewhere in the name.</summary>
        Phrase = 6,

        /// <summary>The name starts with the words typed.</summary>
        StartsWith = 7,

        /// <summary>The name is what was typed.</summary>
        Exact = 8,
    }

    /// <summary>The version of the catalogue (and of the synonyms) this index was built from.</summary>
    public long Stamp { get; }

    /// <summary>The procedures, by field then name; a search's <c>allowed</c> mask follows this order.</summary>
    public IReadOnlyList<ProcedureEntry> Entries { get; }

    /// <summary>The fields, in the order of <see cref="Entries"/> (alphabetical in Vietnamese).</summary>
    public IReadOnlyList<string> Fields { get; }

    public static ProcedureIndex Build(IEnumerable<ProcedureEntry> entries, long stamp = 0) => Build(entries, null, stamp);

    public static ProcedureIndex Build(IEnumerable<ProcedureEntry> entries, ProcedureSynonyms? synonyms, long stamp = 0)
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        int[] Ids(string folded) => Split(folded).Select(w => words.TryGetValue(w, out var id) ? id : words[w] = words.Count).Distinct().ToArray();
        var sorted = entries
            .OrderBy(e => e.Field, VietnameseOrder.Instance)
            .ThenBy(e => e.Name, VietnameseOrder.Instance)
            .Select(e =>
            {
                var name = VietnameseText.SearchKey(e.Name);
                return new Item(e, " " + name + " ", Ids(name), Ids(VietnameseText.SearchKey(e.Field)), e.Code.ToLowerInvariant());
            })
            .ToArray();
        var vocabulary = new string[words.Count];
        foreach (var (word, id) in words)
        {
            vocabulary[id] = word;
        }

        var pairs = (synonyms ?? ProcedureSynonyms.Empty).Pairs
            .Select(p => (Split(VietnameseText.SearchKey(p.Words)), Split(VietnameseText.SearchKey(p.Means))))
            .Where(p => p.Item1.Length > 0)
            .ToArray();
        return new ProcedureIndex(sorted, vocabulary, pairs, stamp);
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

    /// <summary>The tier a score belongs to (for tests and for showing why a result came).</summary>
    public static Tier TierOf(int score) => (Tier)(score / TierWeight);

    /// <summary>The score each procedure gets for <paramref name="query"/> (0 for no match), in the order of <see cref="Entries"/>.</summary>
    public int[] Scores(string? query)
    {
        var result = new int[items.Length];
        ScoreAll(query, null, null, result);
        return result;
    }

    /// <summary>
    /// The procedures matching <paramref name="query"/> (every word must match; an empty query matches all), within
    /// <paramref name="field"/> when given and among the positions <paramref name="allowed"/> marks when given; best first.
    /// </summary>
    public ProcedureResults Search(string? query, string? field = null, bool[]? allowed = null, int limit = 50)
    {
        var scores = ArrayPool<int>.Shared.Rent(items.Length);
        try
        {
            var total = ScoreAll(query, field, allowed, scores);
            var take = Math.Min(limit, total);
            var results = new ProcedureEntry[take];
            var order = new int[take];
            var filled = 0;

            // Keep the best `take` in order (insertion into a short sorted list).
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
        }
    }

    private const int TierWeight = 10_000_000;

    private const int SubTierWeight = 1_000_000;

    /// <summary>Fills <paramref name="scores"/> (the first <c>items.Length</c>) and returns how many matched.</summary>
    private int ScoreAll(string? query, string? field, bool[]? allowed, int[] scores)
    {
        var words = Split(VietnameseText.SearchKey(query));
        var trimmed = query?.Trim() ?? "";
        var byCode = trimmed.Length >= 3 && trimmed.All(c => char.IsAsciiDigit(c) || c == '.') && trimmed.Any(char.IsAsciiDigit);
        var queries = byCode || words.Length == 0 ? [words] : Rewrites(words);

        // One row of matches against the vocabulary per distinct word of every query.
        var rowOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var q in queries)
        {
            foreach (var w in q)
            {
                rowOf.TryAdd(w, rowOf.Count);
            }
        }

        var matches = ArrayPool<byte>.Shared.Rent(Math.Max(1, rowOf.Count * vocabulary.Length));
        try
        {
            if (!byCode)
            {
                foreach (var (word, row) in rowOf)
                {
                    for (var v = 0; v < vocabulary.Length; v++)
                    {
                        matches[(row * vocabulary.Length) + v] = Match(word, vocabulary[v]);
                    }
                }
            }

            var prepared = queries.Select(q => new Query(q, q.Select(w => rowOf[w] * vocabulary.Length).ToArray(), " " + string.Join(' ', q) + " ")).ToArray();
            var total = 0;
            for (var i = 0; i < items.Length; i++)
            {
                var item = items[i];
                var score = 0;
                if ((allowed is null || (i < allowed.Length && allowed[i]))
                    && (string.IsNullOrEmpty(field) || string.Equals(item.Entry.Field, field, StringComparison.Ordinal)))
                {
                    if (byCode)
                    {
                        score = ScoreCode(item, trimmed);
                    }
                    else if (words.Length == 0)
                    {
                        score = 1;
                    }
                    else
                    {
                        for (var k = 0; k < prepared.Length; k++)
                        {
                            score = Math.Max(score, Score(item, prepared[k], matches, synonym: k > 0));
                        }
                    }
                }

                scores[i] = score;
                if (score > 0)
                {
                    total++;
                }
            }

            return total;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(matches);
        }
    }

    /// <summary>
    /// The query as typed, then the query with each of the province's everyday phrases it contains read as the words
    /// they mean (one at a time, then all at once, longest first); never more than <see cref="MaxRewrites"/>.
    /// </summary>
    private List<string[]> Rewrites(string[] words)
    {
        var queries = new List<string[]> { words };
        if (synonyms.Length == 0)
        {
            return queries;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal) { string.Join(' ', words) };
        void Add(string[] q)
        {
            if (q.Length > 0 && queries.Count <= MaxRewrites && seen.Add(string.Join(' ', q)))
            {
                queries.Add(q);
            }
        }

        foreach (var (from, to) in synonyms)
        {
            if (Find(words, from, 0) is var at and >= 0)
            {
                Add([.. words[..at], .. to, .. words[(at + from.Length)..]]);
            }
        }

        if (queries.Count > 2)
        {
            var all = words;
            foreach (var (from, to) in synonyms.OrderByDescending(p => p.Words.Length))
            {
                if (Find(all, from, 0) is var at and >= 0)
                {
                    all = [.. all[..at], .. to.Select(t => Replaced + t), .. all[(at + from.Length)..]];
                }
            }

            // the replaced words are marked so that a later phrase cannot rewrite them again; the marks go now
            Add(all.Select(w => w.StartsWith(Replaced) ? w[1..] : w).ToArray());
        }

        return queries;
    }

    private static int Find(string[] words, string[] phrase, int from)
    {
        for (var i = from; i + phrase.Length <= words.Length; i++)
        {
            var j = 0;
            while (j < phrase.Length && string.Equals(words[i + j], phrase[j], StringComparison.Ordinal))
            {
                j++;
            }

            if (j == phrase.Length)
            {
                return i;
            }
        }

        return -1;
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

    private static int Score(Item item, Query query, byte[] matches, bool synonym)
    {
        var tier = Tier.AllWords;
        var points = 0;
        for (var k = 0; k < query.Words.Length; k++)
        {
            var row = query.Rows[k];
            var best = Best(item.NameWords, matches, row);
            if (best == 0)
            {
                var inField = Best(item.FieldWords, matches, row);
                if (inField == 0 && !(query.Words[k].Length >= 3 && item.Code.Contains(query.Words[k], StringComparison.Ordinal)))
                {
                    return 0;
                }

                tier = Tier.Field;
                points += 1;
                continue;
            }

            if (best == 1 && tier > Tier.Typo)
            {
                tier = Tier.Typo;
            }

            points += best;
        }

        if (tier == Tier.AllWords && item.Name.Contains(query.Phrase, StringComparison.Ordinal))
        {
            tier = string.Equals(item.Name, query.Phrase, StringComparison.Ordinal) ? Tier.Exact
                : item.Name.StartsWith(query.Phrase, StringComparison.Ordinal) ? Tier.StartsWith
                : Tier.Phrase;
        }

        // Tier first (a match through an everyday word ranks below every direct one, by how well it then matched),
        // then how well the words matched, then shorter names (closer to what was asked).
        var (main, sub) = !synonym ? (tier, 0) : tier == Tier.Field ? (Tier.SynonymField, 0) : (Tier.Synonym, (int)tier);
        return ((int)main * TierWeight) + (sub * SubTierWeight) + (Math.Min(points, 999) * 1_000) + (999 - Math.Min(item.Name.Length, 999));
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

    private sealed record Query(string[] Words, int[] Rows, string Phrase);
}
