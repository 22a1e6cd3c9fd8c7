using System.Security.Claims;
using Loa.Domain.Accounts;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace Loa.Web.Infrastructure.Accounts;

/// <summary>
/// Every request with a sign-in cookie: its session must be open on the server (<see cref="SessionStore"/>), then
/// the security stamp is checked as Identity does. A session that locked or expired sends the person to the sign-in
/// page with the reason, and back to the page they asked for afterwards.
/// </summary>
public sealed class LoaCookieEvents(SessionStore sessions) : CookieAuthenticationEvents
{
    private const string EndedKey = "loa.session-ended";

    public override async Task ValidatePrincipal(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var id = principal?.FindFirstValue(SessionStore.Claim);
        var role = principal?.Role();
        var end = id is null || role is null ? SessionEnd.SignedOut : await sessions.CheckAsync(id, role.Value);
        if (end is not null)
        {
            context.HttpContext.Items[EndedKey] = end switch
            {
                SessionEnd.Idle => role == UserRole.SystemAdmin ? LoginReasons.IdleAdmin : LoginReasons.Idle,
                SessionEnd.Expired => LoginReasons.Expired,
                _ => null,
            };
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    public override Task RedirectToLogin(RedirectContext<CookieAuthenticationOptions> context)
    {
        if (context.HttpContext.Items[EndedKey] is string reason)
        {
            context.RedirectUri = QueryHelpers.AddQueryString(context.RedirectUri, "reason", reason);
        }

        // htmx would follow the redirect and put the sign-in page inside the page: make it load the page instead.
        if (context.Request.Headers.ContainsKey("HX-Request"))
        {
            context.Response.Headers["HX-Redirect"] = context.RedirectUri;
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }

        return base.RedirectToLogin(context);
    }
}

/// <summary>Why the sign-in page is shown (its <c>reason</c> query value), and what it then says.</summary>
public static class LoginReasons
{
    public const string Idle = "idle";
    public const string IdleAdmin = "idle-admin";
    public const string Expired = "expired";
    public const string PasswordReset = "reset";

    public static string? Message(string? reason, AccountOptions options) => reason switch
    {
        Idle => SessionRules.Message(SessionEnd.Idle, UserRole.UnitOfficer, options),
        IdleAdmin => SessionRules.Message(SessionEnd.Idle, UserRole.SystemAdmin, options),
        Expired => SessionRules.Message(SessionEnd.Expired, null, options),
        PasswordReset => "Đã đặt mật khẩu mới. Hãy đăng nhập bằng mật khẩu mới.",
        _ => null,
    };
}
