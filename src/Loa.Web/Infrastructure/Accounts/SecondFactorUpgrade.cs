using Loa.Data;
using Loa.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Infrastructure.Accounts;

/// <summary>
/// At start, under the database lock: encrypts the authenticator keys and hashes the recovery codes that an earlier
/// version stored in plain text (a migration cannot, as it needs the app's key ring). Their owners notice nothing.
/// </summary>
public static class SecondFactorUpgrade
{
    public static async Task RunAsync(LoaDbContext db, AuthenticatorKeys keys, ILogger logger, CancellationToken cancellationToken)
    {
        var plain = await db.UserTokens
            .Where(t => t.LoginProvider == AuthenticatorKeys.TokenProvider && t.Value != null
                && ((t.Name == AuthenticatorKeys.KeyToken && !t.Value.StartsWith(AuthenticatorKeys.Prefix))
                    || (t.Name == AuthenticatorKeys.RecoveryCodesToken && !t.Value.StartsWith(RecoveryCodes.Prefix))))
            .ToListAsync(cancellationToken);
        if (plain.Count == 0)
        {
            return;
        }

        foreach (var token in plain)
        {
            token.Value = token.Name == AuthenticatorKeys.KeyToken
                ? keys.Protect(token.Value!)
                : RecoveryCodes.Hash(token.Value!.Split(';', StringSplitOptions.RemoveEmptyEntries));
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation(
            "Protected {Count} second-factor secrets stored in plain text (authenticator keys encrypted, recovery codes hashed).", plain.Count);
    }
}
