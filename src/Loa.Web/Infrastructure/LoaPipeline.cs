using Loa.Web.Infrastructure.OpenData;
using Loa.Web.Infrastructure.Portal;
using Loa.Web.Infrastructure.Scaling;
using Loa.Web.Infrastructure.Security;
using Loa.Web.Infrastructure.Signing;

namespace Loa.Web.Infrastructure;

/// <summary>The request pipeline: errors as Vietnamese pages, security headers, static files, sign-in, limits, pages.</summary>
public static class LoaPipeline
{
    public static void UseLoa(this WebApplication app)
    {
        app.UseLoaForwardedHeaders();
        app.UseExceptionHandler("/error");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseErrorPagesAsGet();
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseLoadShedding(app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<LoaOptions>>().Value);
        app.UsePortalScope();
        app.UseRouting();
        app.UseDeclaredSizeLimit();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseOutputCache();
        app.MapGet("/health", HealthCheck.RespondAsync).AllowAnonymous();
        app.MapSigningEndpoints();
        app.MapOpenData();
        app.MapRazorPages();
        Exchange.MockHubEndpoints.MapMockHub(app);
    }
}
