using System.Text;

namespace Loa.Text;

/// <summary>
/// The one rule for text that comes from outside (a form, a query string, an imported file, a file name) before it
/// is stored or looked up:
/// <list type="bullet">
/// <item>control characters are removed (C0 U+0000–U+001F, DEL, C1 U+0080–U+009F) except tab, line feed and
/// carriage return; vertical tab, form feed and NEL (what Word and PDFs use for a line or page break) become a line
/// feed. PostgreSQL refuses a NUL byte in text outright; the others are never typed and only hide things;</item>
/// <item>bidirectional controls are removed (U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates,
/// U+200E/U+200F/U+061C marks): Vietnamese never needs them, and "hoso\u202Egpj.exe" shows as "hosoexe.jpg";</item>
/// <item>lone UTF-16 surrogates (possible only through JSON escapes) and the noncharacters U+FDD0–U+FDEF, U+FFFE,
/// U+FFFF are removed: no database encodes the first, and .NET's normalisation throws on both;</item>
/// <item>the result is in NFC (<see cref="VietnameseText.Nfc"/>), the form every stored text takes.</item>
/// </list>
/// Nothing else changes: letters, spaces, zero-width joiners of emoji and the rest pass as typed.
/// </summary>
public static class InputText
{
    /// <summary>The text by the rule above; null stays null, and text that needs nothing is returned as it is.</summary>
    public static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var first = FirstToChange(text);
        if (first < 0)
        {
            return VietnameseText.Nfc(text);
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (IsLineBreakControl(c))
            {
                builder.Append('\n');
            }
            else if (!IsRemoved(c))
            {
                builder.Append(c);
            }
        }

        return VietnameseText.Nfc(builder.ToString());
    }

    /// <summary>At most <paramref name="max"/> characters, never cutting a surrogate pair in two (half of one is no text a database takes).</summary>
    public static string? Shorten(string? text, int max)
    {
        if (text is null || text.Length <= max)
        {
            return text;
        }

        return text[..(max > 0 && char.IsHighSurrogate(text[max - 1]) ? max - 1 : max)];
    }

    /// <summary>True when <see cref="Clean"/> would remove or replace something (NFC aside).</summary>
    public static bool NeedsCleaning(string? text) => text is not null && FirstToChange(text) >= 0;

    /// <summary>A character the rule removes: a control other than tab and line breaks, a bidi control, a noncharacter, a lone surrogate half.</summary>
    public static bool IsRemoved(char c) =>
        c switch
        {
            '\t' or '\n' or '\r' => false,
            < '\u0020' or (>= '\u007F' and <= '\u009F') => true,
            (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C' => true,
            (>= '\uFDD0' and <= '\uFDEF') or '\uFFFE' or '\uFFFF' => true,
            _ => char.IsSurrogate(c),
        };

    private static bool IsLineBreakControl(char c) => c is '\u000B' or '\u000C' or '\u0085';

    private static int FirstToChange(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (IsRemoved(c))
            {
                return i;
            }
        }

        return -1;
    }
}
