using Microsoft.AspNetCore.Identity;

namespace Loa.Web.Infrastructure.Accounts;

/// <summary>The second factor's secrets protected at rest, and codes that sign in once (decision record 16).</summary>
public static class SecondFactorServices
{
    public static void AddSecondFactorProtection(this IServiceCollection services)
    {
        // Scoped: the page reads the outcome from the instance the request's UserManager uses.
        services.AddScoped<AuthenticatorTokens>();
        services.Configure<IdentityOptions>(o =>
        {
            o.Tokens.ProviderMap[TokenOptions.DefaultAuthenticatorProvider] = new TokenProviderDescriptor(typeof(AuthenticatorTokens));
            o.Tokens.AuthenticatorTokenProvider = TokenOptions.DefaultAuthenticatorProvider;
        });
    }
}
