using System.Globalization;
using System.Text;

namespace Loa.Text;

/// <summary>The one place where Vietnamese text is normalised and folded for search.</summary>
public static class VietnameseText
{
    /// <summary>Unicode NFC, the form every stored and compared text takes.</summary>
    public static string Nfc(string text) => text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    /// <summary>
    /// Folds text for diacritic-insensitive, case-insensitive matching: NFC, then strip combining marks,
    /// then đ→d (đ has no decomposition), then lower case. "Định Quán", "DINH QUAN" and "dinh quan" fold alike.
    /// </summary>
    public static string Fold(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Folds and collapses every run of whitespace and punctuation into one space.</summary>
    public static string FoldWords(string? text)
    {
        var folded = Fold(text);
        var builder = new StringBuilder(folded.Length);
        var pendingSpace = false;
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                builder.Append(c);
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }
}
