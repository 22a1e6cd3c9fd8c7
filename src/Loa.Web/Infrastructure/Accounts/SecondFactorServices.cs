using Loa.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Loa.Web.Infrastructure.Accounts;

/// <summary>The second factor's secrets protected at rest, and app codes that work once (decision record 16).</summary>
public static class SecondFactorServices
{
    public static void AddSecondFactorProtection(this IServiceCollection services)
    {
        services.AddSingleton<AuthenticatorKeys>();
        services.Replace(ServiceDescriptor.Scoped<IUserStore<User>, SecondFactorUserStore>());
        services.AddScoped<AuthenticatorTokens>();
        services.Configure<IdentityOptions>(o =>
        {
            o.Tokens.ProviderMap[TokenOptions.DefaultAuthenticatorProvider] = new TokenProviderDescriptor(typeof(AuthenticatorTokens));
            o.Tokens.AuthenticatorTokenProvider = TokenOptions.DefaultAuthenticatorProvider;
        });
    }
}
