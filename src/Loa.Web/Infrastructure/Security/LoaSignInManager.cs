using Loa.Domain.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Loa.Web.Infrastructure.Security;

/// <summary>Refuses sign-in (and ends sessions at the next stamp check) for disabled accounts, and for demo accounts outside demo mode.</summary>
public sealed class LoaSignInManager(
    UserManager<User> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<User> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<User>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<User> confirmation,
    IOptions<DemoOptions> demo)
    : SignInManager<User>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(User user) =>
        !user.IsDisabled && (!user.IsDemo || demo.Value.Enabled) && await base.CanSignInAsync(user);

    public override async Task<User?> ValidateSecurityStampAsync(System.Security.Claims.ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is not null && await CanSignInAsync(user) ? user : null;
    }
}
