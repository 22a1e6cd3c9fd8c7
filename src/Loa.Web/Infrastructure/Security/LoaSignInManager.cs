using System.Security.Claims;
using Loa.Domain.Accounts;
using Loa.Web.Infrastructure.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Loa.Web.Infrastructure.Security;

/// <summary>
/// Refuses sign-in (and ends sessions at the next stamp check) for disabled accounts, and for demo accounts outside
/// demo mode; every sign-in starts a new session on the server whose id the cookie carries (a renewed sign-in ends
/// the old one).
/// </summary>
public sealed class LoaSignInManager(
    UserManager<User> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<User> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<User>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<User> confirmation,
    IOptions<DemoOptions> demo,
    SessionStore sessions)
    : SignInManager<User>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(User user) =>
        !user.IsDisabled && (!user.IsDemo || demo.Value.Enabled) && await base.CanSignInAsync(user);

    public override async Task<User?> ValidateSecurityStampAsync(ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is not null && await CanSignInAsync(user) ? user : null;
    }

    /// <summary>After the password was checked: signs in, or asks for the second factor when the account has one.</summary>
    public Task<SignInResult> SignInAfterPasswordAsync(User user) => SignInOrTwoFactorAsync(user, isPersistent: false);

    public override async Task SignInWithClaimsAsync(User user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        if (Context.User.FindFirstValue(SessionStore.Claim) is { } previous)
        {
            await sessions.EndAsync(previous, SessionEnd.Renewed);
        }

        var id = await sessions.StartAsync(user.Id, Context.Connection.RemoteIpAddress?.ToString());
        Claim[] claims = [.. additionalClaims.Where(c => c.Type != SessionStore.Claim), new Claim(SessionStore.Claim, id)];
        await base.SignInWithClaimsAsync(user, authenticationProperties, claims);
    }
}
