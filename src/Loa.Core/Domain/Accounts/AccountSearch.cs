using Loa.Text;

namespace Loa.Domain.Accounts;

/// <summary>
/// Finding an account by what a person remembers of it: words of the name (without marks or case: "nguyen van a" finds
/// "Nguyễn Văn A"), the user name, the e-mail address, or digits of the phone number.
/// </summary>
public static class AccountSearch
{
    /// <summary>Whether every word of <paramref name="query"/> is found in the account's name, user name, address or phone.</summary>
    public static bool Matches(string? query, string fullName, string? userName, string? email, string? phone)
    {
        var words = VietnameseText.FoldWords(query).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return true;
        }

        var haystack = $" {VietnameseText.FoldWords(fullName)} {VietnameseText.Fold(userName)} {VietnameseText.Fold(email)} ";
        var digits = new string((phone ?? "").Where(char.IsAsciiDigit).ToArray());
        return words.All(w => haystack.Contains(w, StringComparison.Ordinal)
            || (w.All(char.IsAsciiDigit) && w.Length >= 3 && digits.Contains(w, StringComparison.Ordinal)));
    }
}
