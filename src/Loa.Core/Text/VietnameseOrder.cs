using System.Text;

namespace Loa.Text;

/// <summary>
/// The one rule for sorting names in Vietnamese alphabetical order, used by every list sorted by name (provinces,
/// communes, units, procedure fields, plans). Letters first, in the order of the Vietnamese alphabet:
/// a ă â b c d đ e ê (f) g h i (j) k l m n o ô ơ p q r s t u ư v (w) x y (z) — so "Đồng Nai" comes after "Dung"
/// and before "Gia Lai", "Ăn" after "Anh"; then tones (none, huyền, hỏi, ngã, sắc, nặng: "Ha, Hà, Hả, Hã, Há, Hạ");
/// then case; digits compare as numbers ("Phường 2" before "Phường 10"). Databases cannot sort this way (SQLite
/// sorts by code point, PostgreSQL by its own collation), so lists are sorted in memory with this comparer after
/// the query. Independent of the machine's culture and of ICU being installed.
/// </summary>
public sealed class VietnameseOrder : IComparer<string?>
{
    public static readonly VietnameseOrder Instance = new();

    private const string Alphabet = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";

    private VietnameseOrder()
    {
    }

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return -1;
        }

        if (y is null)
        {
            return 1;
        }

        var a = Units(x);
        var b = Units(y);
        foreach (var level in new Func<Unit, Unit, int>[] { ComparePrimary, (p, q) => p.Tone.CompareTo(q.Tone), (p, q) => p.Upper.CompareTo(q.Upper) })
        {
            for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
            {
                var order = level(a[i], b[i]);
                if (order != 0)
                {
                    return order;
                }
            }

            if (a.Count != b.Count)
            {
                return a.Count.CompareTo(b.Count);
            }
        }

        return string.CompareOrdinal(x.Normalize(NormalizationForm.FormC), y.Normalize(NormalizationForm.FormC));
    }

    private static int ComparePrimary(Unit a, Unit b)
    {
        if (a.Rank != b.Rank)
        {
            return a.Rank.CompareTo(b.Rank);
        }

        // Two numbers: fewer digits (leading zeros dropped) is smaller, then digit by digit.
        return a.Digits is null || b.Digits is null
            ? 0
            : a.Digits.Length != b.Digits.Length ? a.Digits.Length.CompareTo(b.Digits.Length) : string.CompareOrdinal(a.Digits, b.Digits);
    }

    /// <summary>The text as sort units: a letter (rank, tone, case), a run of digits, or another character.</summary>
    private static List<Unit> Units(string text)
    {
        var units = new List<Unit>(text.Length);
        var nfc = text.Normalize(NormalizationForm.FormC).Trim();
        for (var i = 0; i < nfc.Length; i++)
        {
            var c = nfc[i];
            if (char.IsAsciiDigit(c))
            {
                var start = i;
                while (i + 1 < nfc.Length && char.IsAsciiDigit(nfc[i + 1]))
                {
                    i++;
                }

                var digits = nfc[start..(i + 1)].TrimStart('0');
                units.Add(new Unit(NumberRank, 0, false, digits));
                continue;
            }

            units.Add(Letter(c));
        }

        return units;
    }

    // Spaces and punctuation sort before numbers, numbers before letters, letters of other alphabets last.
    private const int NumberRank = 0x10000;
    private const int LetterRank = 0x20000;

    private static Unit Letter(char c)
    {
        if (!char.IsLetter(c))
        {
            return new Unit(char.IsWhiteSpace(c) ? 0 : c, 0, false, null);
        }

        var upper = char.IsUpper(c);
        var lower = char.ToLowerInvariant(c);
        if (lower == 'đ')
        {
            return new Unit(LetterRank + Alphabet.IndexOf('đ', StringComparison.Ordinal), 0, upper, null);
        }

        var parts = lower.ToString().Normalize(NormalizationForm.FormD);
        var letter = parts[0];
        var tone = 0;
        foreach (var mark in parts.AsSpan(1))
        {
            switch (mark)
            {
                case '\u0306': letter = letter == 'a' ? 'ă' : letter; break;
                case '\u0302': letter = letter switch { 'a' => 'â', 'e' => 'ê', 'o' => 'ô', _ => letter }; break;
                case '\u031B': letter = letter switch { 'o' => 'ơ', 'u' => 'ư', _ => letter }; break;
                case '\u0300': tone = 1; break; // huyền
                case '\u0309': tone = 2; break; // hỏi
                case '\u0303': tone = 3; break; // ngã
                case '\u0301': tone = 4; break; // sắc
                case '\u0323': tone = 5; break; // nặng
                default: break;
            }
        }

        var index = Alphabet.IndexOf(letter, StringComparison.Ordinal);
        return index >= 0
            ? new Unit(LetterRank + index, tone, upper, null)
            : new Unit(LetterRank + Alphabet.Length + letter, tone, upper, null);
    }

    private readonly record struct Unit(int Rank, int Tone, bool Upper, string? Digits);
}
