using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Loa.Domain.Accounts;

/// <summary>
/// The six-digit codes of an authenticator app (RFC 6238: HMAC-SHA1 over 30-second time steps) and the rule that each
/// code signs in once: a code is accepted when it is one of the codes of the steps around now (two either side, as
/// ASP.NET Core Identity allows, for a phone whose clock is a little off) and its step is newer than the last step
/// accepted for the account. A code seen over someone's shoulder, or caught by a false sign-in page, is then refused
/// once its owner has used it, and so is any older code.
/// </summary>
public static class AuthenticatorCodes
{
    public const int StepSeconds = 30;

    /// <summary>Steps accepted either side of the current one.</summary>
    public const int Window = 2;

    public const int Digits = 6;

    private const string Base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>The time step a moment falls in (Unix seconds / 30).</summary>
    public static long StepAt(DateTimeOffset time) => time.ToUnixTimeSeconds() / StepSeconds;

    /// <summary>The code an app shows during <paramref name="step"/> for the key.</summary>
    public static string Code(ReadOnlySpan<byte> key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[20];
#pragma warning disable CA5350 // RFC 6238 as authenticator apps implement it is HMAC-SHA1; its use in an HMAC is not weak.
        HMACSHA1.HashData(key, counter, hash);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var value = (BinaryPrimitives.ReadInt32BigEndian(hash[offset..]) & 0x7FFFFFFF) % 1_000_000;
        return value.ToString("D6", CultureInfo.InvariantCulture);
    }

    /// <summary>Decides on a code typed for the key at <paramref name="now"/>, given the last step accepted for the account.</summary>
    public static AuthenticatorCheck Check(ReadOnlySpan<byte> key, string? code, DateTimeOffset now, long? lastAcceptedStep)
    {
        if (code is null || code.Length != Digits || !code.All(char.IsAsciiDigit) || key.IsEmpty)
        {
            return new AuthenticatorCheck(AuthenticatorOutcome.Wrong, null);
        }

        var current = StepAt(now);
        long? used = null;
        var typed = Encoding.ASCII.GetBytes(code);
        for (var step = current - Window; step <= current + Window; step++)
        {
            if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Code(key, step)), typed))
            {
                continue;
            }

            if (lastAcceptedStep is not { } last || step > last)
            {
                return new AuthenticatorCheck(AuthenticatorOutcome.Accepted, step);
            }

            used = step;
        }

        return new AuthenticatorCheck(used is null ? AuthenticatorOutcome.Wrong : AuthenticatorOutcome.AlreadyUsed, used);
    }

    /// <summary>The bytes of a base-32 key (RFC 4648; case, spaces and padding ignored); null when it is not base 32.</summary>
    public static byte[]? FromBase32(string? text)
    {
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text ?? "")
        {
            if (c is ' ' or '=')
            {
                continue;
            }

            var value = Base32Alphabet.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal);
            if (value < 0)
            {
                return null;
            }

            buffer = ((buffer << 5) | value) & 0xFFFF;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
            }
        }

        return [.. bytes];
    }
}

public enum AuthenticatorOutcome
{
    /// <summary>Not a code of the key at this time.</summary>
    Wrong,

    /// <summary>A right code, but of a step not newer than the last one accepted: already used (or older than a code used).</summary>
    AlreadyUsed,

    Accepted,
}

/// <summary>The outcome and the time step the code belongs to (null when it belongs to none).</summary>
public readonly record struct AuthenticatorCheck(AuthenticatorOutcome Outcome, long? Step);
