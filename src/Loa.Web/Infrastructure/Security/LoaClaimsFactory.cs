using System.Globalization;
using System.Security.Claims;
using Loa.Domain.Accounts;
using Loa.Web.Infrastructure.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Loa.Web.Infrastructure.Security;

/// <summary>Puts the user's role, province, commune and unit into the sign-in cookie, and what they must do first (<see cref="AccountGate"/>).</summary>
public sealed class LoaClaimsFactory(UserManager<User> userManager, IOptions<IdentityOptions> options, IOptions<AccountOptions> accounts)
    : UserClaimsPrincipalFactory<User>(userManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(User user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ClaimTypes.Role, user.Role.ToString()));
        identity.AddClaim(new Claim(LoaClaims.FullName, user.FullName));
        Add(identity, LoaClaims.Province, user.ProvinceId);
        Add(identity, LoaClaims.Commune, user.CommuneId);
        Add(identity, LoaClaims.Unit, user.UnitId);
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(AccountGate.Claim, AccountGate.ChangePassword));
        }

        if (!user.TwoFactorEnabled && AccountRules.RequiresTwoFactor(user.Role, accounts.Value))
        {
            identity.AddClaim(new Claim(AccountGate.Claim, AccountGate.EnrolTwoFactor));
        }

        return identity;
    }

    private static void Add(ClaimsIdentity identity, string type, int? value)
    {
        if (value is { } v)
        {
            identity.AddClaim(new Claim(type, v.ToString(CultureInfo.InvariantCulture)));
        }
    }
}
