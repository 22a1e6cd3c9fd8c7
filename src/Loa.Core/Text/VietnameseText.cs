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

    /// <summary>
    /// The text without diacritics, case and punctuation kept ("Phản ánh số 5, Đồng Nai" → "Phan anh so 5, Dong Nai"):
    /// how brandname SMS is usually sent (an accented SMS is Unicode, 70 characters a part instead of 160).
    /// </summary>
    public static string WithoutDiacritics(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
            }
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

    /// <summary>
    /// The form every search compares (procedures, the staff search): <see cref="FoldWords"/>, then the two spellings of
    /// a closing i/y made one — "kí"/"ký", "lí"/"lý", "qui"/"quy", "kĩ"/"kỹ" all read "ki", "li", "qui", "ki" — so that
    /// "đăng kí", "dang ki" and "Đăng ký" are the same words. Only a y that is the whole vowel of its word (after
    /// consonants, or after "qu") changes: "tay", "huy", "yen" keep their y, since "tai", "hui" are other words.
    /// </summary>
    public static string SearchKey(string? text)
    {
        var folded = FoldWords(text);
        if (!folded.Contains('y', StringComparison.Ordinal))
        {
            return folded;
        }

        var chars = folded.ToCharArray();
        var start = 0;
        for (var i = 0; i <= chars.Length; i++)
        {
            if (i < chars.Length && chars[i] != ' ')
            {
                continue;
            }

            if (i - start >= 2 && chars[i - 1] == 'y' && OnlyConsonantsOrQu(chars.AsSpan(start, i - 1 - start)))
            {
                chars[i - 1] = 'i';
            }

            start = i + 1;
        }

        return new string(chars);
    }

    private static bool OnlyConsonantsOrQu(ReadOnlySpan<char> onset)
    {
        if (onset.Length >= 2 && onset[^1] == 'u' && onset[^2] == 'q')
        {
            onset = onset[..^1];
        }

        foreach (var c in onset)
        {
            if (c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' || !char.IsAsciiLetterLower(c))
            {
                return false;
            }
        }

        return true;
    }
}
