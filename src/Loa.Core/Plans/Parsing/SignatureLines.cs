using System.Text.RegularExpressions;
using Loa.Text;

namespace Loa.Plans.Parsing;

/// <summary>The lines of a signature block: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", the signer's name.</summary>
internal static partial class SignatureLines
{
    private static readonly HashSet<string> KnownPositions = new(StringComparer.Ordinal)
    {
        "chu tich", "pho chu tich", "truong phong", "pho truong phong", "chanh van phong", "pho chanh van phong",
        "giam doc", "pho giam doc", "bi thu", "pho bi thu",
    };

    /// <summary>"TM. ỦY BAN NHÂN DÂN" → the authority, normalised to one space after the dot.</summary>
    public static string? Authority(string text)
    {
        var match = AuthorityLine().Match(text);
        return match.Success ? "TM. " + match.Groups["rest"].Value.Trim() : null;
    }

    /// <summary>"KT.CHỦ TỊCH" → "KT. CHỦ TỊCH"; also Q., TL., TUQ.</summary>
    public static string? Deputy(string text)
    {
        var match = DeputyLine().Match(text);
        return match.Success ? match.Groups["k"].Value.ToUpperInvariant() + ". " + match.Groups["rest"].Value.Trim() : null;
    }

    /// <summary>"CHỦ TỊCH", "PHÓ CHỦ TỊCH" and the like, in any case.</summary>
    public static bool IsKnownPosition(string text) => KnownPositions.Contains(VietnameseText.FoldWords(text));

    /// <summary>An office line once the signature has started: upper case, short, no digits.</summary>
    public static bool IsPosition(string text) =>
        IsKnownPosition(text) || (TextShape.IsUpperCase(text) && text.Length <= 60 && !text.Any(char.IsDigit));

    /// <summary>"(Đã ký)", "(Ký, đóng dấu)": notes where a signature goes.</summary>
    public static bool IsSigningNote(string text) => SigningNote().IsMatch(text);

    /// <summary>A person's name: two to seven capitalised words of letters.</summary>
    public static bool LooksLikeName(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 7 && text.Length <= 60
            && words.All(w => char.IsUpper(w[0]) && w.All(c => char.IsLetter(c) || c is '\'' or '’' or '-' or '.'));
    }

    [GeneratedRegex(@"^TM\s*\.\s*(?<rest>\S.*)$")]
    private static partial Regex AuthorityLine();

    [GeneratedRegex(@"^(?<k>KT|TUQ|TL|Q)\s*\.\s*(?<rest>\S.*)$")]
    private static partial Regex DeputyLine();

    [GeneratedRegex(@"^\(?\s*(?:đã\s+ký|ký\s+tên|ký|chữ\s+ký)[^)]{0,40}\)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SigningNote();
}
