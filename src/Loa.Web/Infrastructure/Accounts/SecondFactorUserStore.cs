using Loa.Data;
using Loa.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Loa.Web.Infrastructure.Accounts;

/// <summary>
/// ASP.NET Core Identity's user store, keeping the second factor's secrets unreadable in the database (decision
/// record 16): the authenticator key encrypted (<see cref="AuthenticatorKeys"/>), the recovery codes hashed
/// (<see cref="RecoveryCodes"/>) and redeemed by comparing hashes.
/// </summary>
public sealed class SecondFactorUserStore(LoaDbContext context, AuthenticatorKeys keys, IdentityErrorDescriber? describer = null)
    : UserOnlyStore<User, LoaDbContext>(context, describer)
{
    public override Task SetAuthenticatorKeyAsync(User user, string key, CancellationToken cancellationToken) =>
        base.SetAuthenticatorKeyAsync(user, keys.Protect(key), cancellationToken);

    public override async Task<string?> GetAuthenticatorKeyAsync(User user, CancellationToken cancellationToken) =>
        keys.Unprotect(await base.GetAuthenticatorKeyAsync(user, cancellationToken));

    public override Task ReplaceCodesAsync(User user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken) =>
        SetTokenAsync(user, AuthenticatorKeys.TokenProvider, AuthenticatorKeys.RecoveryCodesToken, RecoveryCodes.Hash(recoveryCodes), cancellationToken);

    public override async Task<bool> RedeemCodeAsync(User user, string code, CancellationToken cancellationToken)
    {
        var stored = await GetTokenAsync(user, AuthenticatorKeys.TokenProvider, AuthenticatorKeys.RecoveryCodesToken, cancellationToken);
        if (RecoveryCodes.Redeem(stored, code) is not { } left)
        {
            return false;
        }

        // Saved by Identity with the account, under its concurrency stamp: two requests cannot both use one code.
        await SetTokenAsync(user, AuthenticatorKeys.TokenProvider, AuthenticatorKeys.RecoveryCodesToken, left, cancellationToken);
        return true;
    }

    public override async Task<int> CountCodesAsync(User user, CancellationToken cancellationToken) =>
        RecoveryCodes.Count(await GetTokenAsync(user, AuthenticatorKeys.TokenProvider, AuthenticatorKeys.RecoveryCodesToken, cancellationToken));
}
