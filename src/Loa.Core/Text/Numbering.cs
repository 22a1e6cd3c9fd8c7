using System.Globalization;
using System.Text;

namespace Loa.Text;

/// <summary>
/// The numbering of an administrative document's parts: Roman parts (I, II), numbered items (1, 2), lettered points
/// in the Vietnamese alphabet (a, b … đ …).
/// </summary>
public static class Numbering
{
    /// <summary>Point letters in the order of the Vietnamese alphabet (no f, j, w, z).</summary>
    public const string PointLetters = "abcdđeghiklmnopqrstuvxy";

    /// <summary>The generated label at a depth: Roman parts, then numbers, then point letters.</summary>
    public static string ChildLabel(int depth, int number) => depth switch
    {
        0 => Roman(number),
        1 => number.ToString(CultureInfo.InvariantCulture),
        _ => PointLetter(number),
    };

    /// <summary>The n-th point letter (1 = a): a b c d đ e g h i k l m n o p q r s t u v x y, then aa, bb …</summary>
    public static string PointLetter(int number)
    {
        var index = (number - 1) % PointLetters.Length;
        var repeat = ((number - 1) / PointLetters.Length) + 1;
        return new string(PointLetters[index], repeat);
    }

    public static string Roman(int number)
    {
        ReadOnlySpan<(int Value, string Text)> numerals =
            [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];
        var builder = new StringBuilder();
        foreach (var (value, text) in numerals)
        {
            while (number >= value)
            {
                builder.Append(text);
                number -= value;
            }
        }

        return builder.ToString();
    }
}
