using System.Globalization;
using System.Text;

namespace Loa.Documents;

/// <summary>
/// Estimates how wide a line of bold Times New Roman is, to size the solid lines under the issuing body and
/// the motto (paragraph borders need a width; the decree wants them in proportion to the text). Uses the
/// advance widths of Times Bold (1/1000 em, the standard font metrics Liberation Serif also follows);
/// a Vietnamese letter takes its base letter's width, a horned letter (ơ, ư) a little more.
/// </summary>
internal static class TextWidths
{
    // Times Bold advance widths for ' ' (32) to '~' (126), in 1/1000 em.
    private static readonly short[] Bold =
    [
        250, 333, 555, 500, 500, 1000, 833, 278, 333, 333, 500, 570, 250, 333, 250, 278, // space ! " # $ % & ' ( ) * + , - . /
        500, 500, 500, 500, 500, 500, 500, 500, 500, 500, 333, 333, 570, 570, 570, 500, // 0-9 : ; < = > ?
        930, 722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722, 778, // @ A-O
        611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667, 333, 278, 333, 581, 500, // P-Z [ \ ] ^ _
        333, 500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556, 500, // ` a-o
        556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444, 394, 220, 394, 520,      // p-z { | } ~
    ];

    private const int Unknown = 722;
    private const int HornExtra = 80;

    /// <summary>The width of <paramref name="text"/> set in bold at <paramref name="points"/>, in twips.</summary>
    public static int BoldTwips(string text, int points)
    {
        var thousandths = 0;
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            thousandths += Advance(c);
        }

        // 1 em = points × 20 twips.
        return (int)Math.Ceiling(thousandths * points * 20 / 1000.0);
    }

    private static int Advance(char c)
    {
        if (c is >= ' ' and <= '~')
        {
            return Bold[c - ' '];
        }

        if (c is '–' or '—')
        {
            return c == '–' ? 500 : 1000;
        }

        var extra = c is 'ơ' or 'ư' or 'Ơ' or 'Ư' or 'ờ' or 'ớ' or 'ở' or 'ỡ' or 'ợ' or 'ừ' or 'ứ' or 'ử' or 'ữ' or 'ự'
            or 'Ờ' or 'Ớ' or 'Ở' or 'Ỡ' or 'Ợ' or 'Ừ' or 'Ứ' or 'Ử' or 'Ữ' or 'Ự' ? HornExtra : 0;
        var baseLetter = c switch
        {
            'đ' => 'd',
            'Đ' => 'D',
            _ => c.ToString().Normalize(NormalizationForm.FormD)[0],
        };
        if (baseLetter is >= ' ' and <= '~')
        {
            return Bold[baseLetter - ' '] + extra;
        }

        return CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.SpaceSeparator ? Bold[0] : Unknown;
    }
}
