using System.Security.Cryptography;
using System.Text;

namespace Loa.Feedbacks;

/// <summary>
/// The code a citizen follows their feedback with: 16 random symbols of Crockford's base 32 (digits and letters
/// without I, L, O, U, so nothing is mistaken when read aloud or copied by hand), 80 bits, shown in groups of four
/// ("K7QM-4XRT-9DHW-2BNF"). Only its hash is stored; look-ups hash what the citizen typed, read leniently
/// (case, spaces and dashes ignored; O read as 0, I and L as 1).
/// </summary>
public static class TrackingCode
{
    public const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public const int Length = 16;

    /// <summary>A new code, grouped for display.</summary>
    public static string New()
    {
        Span<char> symbols = stackalloc char[Length];
        for (var i = 0; i < Length; i++)
        {
            symbols[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return Group(new string(symbols));
    }

    /// <summary>"K7QM4XRT9DHW2BNF" → "K7QM-4XRT-9DHW-2BNF".</summary>
    public static string Group(string canonical) => string.Join('-', canonical.Chunk(4).Select(c => new string(c)));

    /// <summary>The canonical form of what someone typed, or null when it cannot be a code.</summary>
    public static string? Canonical(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > 40)
        {
            return null;
        }

        var builder = new StringBuilder(Length);
        foreach (var c in typed.ToUpperInvariant())
        {
            if (c is ' ' or '-' or '.' or '\t')
            {
                continue;
            }

            var symbol = c switch
            {
                'O' => '0',
                'I' or 'L' => '1',
                _ => c,
            };
            if (!Alphabet.Contains(symbol, StringComparison.Ordinal))
            {
                return null;
            }

            builder.Append(symbol);
        }

        return builder.Length == Length ? builder.ToString() : null;
    }

    /// <summary>The stored hash of a code (any accepted spelling), or null when it cannot be a code.</summary>
    public static string? Hash(string? typed) =>
        Canonical(typed) is { } canonical ? Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(canonical))) : null;
}
