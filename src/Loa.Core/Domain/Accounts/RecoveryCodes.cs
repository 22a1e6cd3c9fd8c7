using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Loa.Domain.Accounts;

/// <summary>
/// Recovery codes are shown once and afterwards only compared, so only a hash of each is kept: PBKDF2 (HMAC-SHA256)
/// of the code as typed without spaces and in upper case, with one random salt per account's list. The stored text is
/// <c>pbkdf2:{iterations}:{salt}:{hash},{hash},…</c>. A list stored by an earlier version (the codes themselves,
/// joined by ';') is hashed when it is next read. The codes are random (ten characters of 26), so a moderate iteration
/// count makes trying them all from a copy of the database take months per account, while a sign-in costs one hash.
/// </summary>
public static class RecoveryCodes
{
    public const string Prefix = "pbkdf2:";

    public const int Iterations = 50_000;

    private const int HashBytes = 32;

    public static bool IsHashed(string? stored) => stored?.StartsWith(Prefix, StringComparison.Ordinal) == true;

    public static string Normalize(string? code) =>
        new string((code ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();

    /// <summary>The text to store for a new list of codes.</summary>
    public static string Hash(IEnumerable<string> codes)
    {
        var salt = RandomNumberGenerator.GetBytes(16);
        return Format(Iterations, salt, codes.Select(c => Derive(c, salt, Iterations)));
    }

    /// <summary>How many codes are left in the stored text.</summary>
    public static int Count(string? stored) => IsHashed(stored) ? Parse(stored!).Hashes.Count : Plain(stored).Count;

    /// <summary>The stored text without the code, or null when the code is not (or no longer) in it.</summary>
    public static string? Redeem(string? stored, string? code)
    {
        if (string.IsNullOrWhiteSpace(code) || string.IsNullOrEmpty(stored))
        {
            return null;
        }

        var (iterations, salt, hashes) = Parse(IsHashed(stored) ? stored : Hash(Plain(stored)));
        var typed = Derive(code, salt, iterations);
        var found = -1;
        for (var i = 0; i < hashes.Count; i++)
        {
            // every entry compared in constant time, so the time tells nothing about which matched
            if (CryptographicOperations.FixedTimeEquals(hashes[i], typed) && found < 0)
            {
                found = i;
            }
        }

        return found < 0 ? null : Format(iterations, salt, hashes.Where((_, i) => i != found));
    }

    private static List<string> Plain(string? stored) => (stored ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries).ToList();

    private static byte[] Derive(string code, byte[] salt, int iterations) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(Normalize(code)), salt, iterations, HashAlgorithmName.SHA256, HashBytes);

    private static string Format(int iterations, byte[] salt, IEnumerable<byte[]> hashes) =>
        $"{Prefix}{iterations.ToString(CultureInfo.InvariantCulture)}:{Convert.ToBase64String(salt)}:{string.Join(',', hashes.Select(Convert.ToBase64String))}";

    private static (int Iterations, byte[] Salt, List<byte[]> Hashes) Parse(string stored)
    {
        var parts = stored[Prefix.Length..].Split(':');
        return (
            int.Parse(parts[0], CultureInfo.InvariantCulture),
            Convert.FromBase64String(parts[1]),
            parts[2].Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Convert.FromBase64String).ToList());
    }
}
