using Loa.Text;
using Loa.Units;

namespace Loa.Plans;

/// <summary>
/// Finds the commune's unit that a name in a plan refers to, ignoring diacritics, case, punctuation, a
/// trailing "xã"/"phường"/locality, and abbreviations made of initials ("Phòng KT, HT và ĐT" is
/// "Phòng Kinh tế, Hạ tầng và Đô thị"; "TTPVHCC" is "Trung tâm Phục vụ hành chính công").
/// Collective names ("Các cơ quan, đơn vị") match nothing.
/// </summary>
public sealed class UnitMatcher
{
    private static readonly string[] TrailingWords = ["xa", "phuong", "dac khu"];
    private readonly List<(Unit Unit, string[] Words)> units;
    private readonly string[] locality;

    public UnitMatcher(IEnumerable<Unit> units, string? localityName = null)
    {
        locality = Words(localityName);
        this.units = units.Where(u => !u.IsArchived).Select(u => (u, Strip(Words(u.Name)))).ToList();
    }

    public Unit? Match(string name)
    {
        var words = Strip(Words(name));
        if (words.Length == 0)
        {
            return null;
        }

        return units.FirstOrDefault(u => u.Words.SequenceEqual(words)).Unit
            ?? units.FirstOrDefault(u => Abbreviates(words, u.Words)).Unit;
    }

    /// <summary>True when every word of <paramref name="shortForm"/> is the next full word, or the initials of the next words.</summary>
    private static bool Abbreviates(string[] shortForm, string[] full)
    {
        return Walk(0, 0);

        bool Walk(int s, int f)
        {
            if (s == shortForm.Length)
            {
                return f == full.Length;
            }

            if (f < full.Length && shortForm[s] == full[f] && Walk(s + 1, f + 1))
            {
                return true;
            }

            var token = shortForm[s];
            if (token.Length < 2 || f + token.Length > full.Length)
            {
                return false;
            }

            for (var i = 0; i < token.Length; i++)
            {
                if (full[f + i][0] != token[i])
                {
                    return false;
                }
            }

            return Walk(s + 1, f + token.Length);
        }
    }

    private string[] Strip(string[] words)
    {
        var end = words.Length;
        if (locality.Length > 0 && end >= locality.Length && words.AsSpan(end - locality.Length, locality.Length).SequenceEqual(locality))
        {
            end -= locality.Length;
        }

        while (end > 0 && TrailingWords.Contains(words[end - 1]))
        {
            end--;
        }

        return words[..end];
    }

    private static string[] Words(string? text) =>
        VietnameseText.FoldWords(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
