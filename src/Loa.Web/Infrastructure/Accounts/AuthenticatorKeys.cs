using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Loa.Web.Infrastructure.Accounts;

/// <summary>
/// The authenticator key as stored: encrypted with the app's key ring (ASP.NET Core Data Protection, its own purpose),
/// marked <c>dp1:</c>. A key without the mark was stored in plain base 32 by an earlier version: it is read as it is
/// until <see cref="SecondFactorUpgrade"/> encrypts it at the next start.
/// </summary>
public sealed class AuthenticatorKeys(IDataProtectionProvider dataProtection, ILogger<AuthenticatorKeys> logger)
{
    /// <summary>Where ASP.NET Core Identity's user store keeps the authenticator key and the recovery codes (AspNetUserTokens).</summary>
    public const string TokenProvider = "[AspNetUserStore]";

    public const string KeyToken = "AuthenticatorKey";

    public const string RecoveryCodesToken = "RecoveryCodes";

    public const string Prefix = "dp1:";

    private readonly IDataProtector protector = dataProtection.CreateProtector("Loa.SecondFactor.AuthenticatorKey.v1");

    public static bool IsProtected(string? stored) => stored?.StartsWith(Prefix, StringComparison.Ordinal) == true;

    public string Protect(string key) => Prefix + protector.Protect(key);

    /// <summary>The key, or null when none is stored or it cannot be decrypted (the key ring was lost): the recovery codes still work.</summary>
    public string? Unprotect(string? stored)
    {
        if (!IsProtected(stored))
        {
            return stored;
        }

        try
        {
            return protector.Unprotect(stored![Prefix.Length..]);
        }
        catch (CryptographicException e)
        {
            logger.LogError(e, "An authenticator key cannot be decrypted with the key ring: its owner must sign in with a recovery code.");
            return null;
        }
    }
}
