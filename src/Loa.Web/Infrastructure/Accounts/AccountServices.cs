using System.Security.Claims;
using Loa.Domain.Accounts;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Loa.Web.Infrastructure.Accounts;

/// <summary>
/// Sessions on the server, sign-in limits, the second factor, password resets and the account job
/// (decision record 16). Called from <c>LoaServices.AddAccounts</c>.
/// </summary>
public static class AccountServices
{
    public static void AddAccountSafety(this IServiceCollection services)
    {
        services.AddOptions<AccountOptions>().BindConfiguration(AccountOptions.Section);
        services.AddScoped<SessionStore>();
        services.AddScoped<LoaCookieEvents>();
        services.AddScoped<SignInLimits>();
        services.AddSingleton<PasswordTiming>();
        services.AddSingleton<ResetMail>();
        services.AddSingleton<AccountJobWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<AccountJobWorker>());

        services.AddTransient<PasswordResetTokens>();
        services.AddSecondFactorProtection();
        services.Configure<IdentityOptions>(o =>
        {
            o.Tokens.ProviderMap[PasswordResetTokens.Name] = new TokenProviderDescriptor(typeof(PasswordResetTokens));
            o.Tokens.PasswordResetTokenProvider = PasswordResetTokens.Name;
        });

        services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>>(sp => new PostConfigureOptions<CookieAuthenticationOptions>(
            IdentityConstants.ApplicationScheme,
            o =>
            {
                var accounts = sp.GetRequiredService<IOptions<AccountOptions>>().Value;
                o.EventsType = typeof(LoaCookieEvents);
                // The server's session decides (and says why); the cookie only outlives it.
                o.ExpireTimeSpan = SessionRules.Lifetime(accounts) + TimeSpan.FromHours(1);
            }));

        // Identity rebuilds the cookie's principal when it checks the security stamp: the session id and the way of sign-in stay.
        services.Configure<SecurityStampValidatorOptions>(o => o.OnRefreshingPrincipal = context =>
        {
            var kept = context.CurrentPrincipal?.Claims.Where(c => c.Type is SessionStore.Claim or "amr" or ClaimTypes.AuthenticationMethod).ToList() ?? [];
            var identity = context.NewPrincipal?.Identities.FirstOrDefault();
            foreach (var claim in kept.Where(c => identity is not null && !identity.HasClaim(c.Type, c.Value)))
            {
                identity!.AddClaim(new Claim(claim.Type, claim.Value));
            }

            return Task.CompletedTask;
        });
        // After Razor Pages' own set-up, which makes a new convention collection.
        services.PostConfigure<RazorPagesOptions>(o => o.Conventions.ConfigureFilter(new AccountGate()));
    }
}
