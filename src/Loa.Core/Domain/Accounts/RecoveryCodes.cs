using System.Security.Cryptography;
using System.Text;

namespace Loa.Domain.Accounts;

/// <summary>
/// Recovery codes are shown once and afterwards only compared, so only a hash of each is kept: SHA-256 of the account
/// id and the code as typed without spaces and in upper case (the codes use upper-case letters and digits only, so
/// "abcde-fghjk" is the same code). The account id makes the same code hash differently for two accounts.
/// </summary>
public static class RecoveryCodes
{
    public static string Normalize(string? code) =>
        new string((code ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();

    public static string Hash(string userId, string? code)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes("loa-recovery-code-v1\n" + userId + "\n" + Normalize(code)));
        return Convert.ToBase64String(bytes);
    }

    /// <summary>Whether a hash is in the list, comparing every entry in constant time.</summary>
    public static bool Contains(IEnumerable<string> hashes, string hash)
    {
        var wanted = Encoding.ASCII.GetBytes(hash);
        var found = false;
        foreach (var candidate in hashes)
        {
            found |= CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(candidate), wanted);
        }

        return found;
    }
}
