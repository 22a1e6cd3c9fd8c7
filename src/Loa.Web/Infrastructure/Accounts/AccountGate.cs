using System.Security.Claims;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Loa.Web.Infrastructure.Accounts;

/// <summary>
/// What a signed-in person must do before anything else: change a password an administrator set, then (when their
/// role requires it) set up the authenticator app. Every other page sends them there, and they come back after.
/// </summary>
public sealed class AccountGate : IAsyncPageFilter
{
    /// <summary>The claim that says what is owed: <see cref="ChangePassword"/> or <see cref="EnrolTwoFactor"/>.</summary>
    public const string Claim = "loa:must";

    public const string ChangePassword = "password";

    public const string EnrolTwoFactor = "2fa";

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        var path = http.Request.Path;
        var owed = http.User.FindAll(Claim).Select(c => c.Value).ToList();
        if (owed.Count == 0 || path.StartsWithSegments("/account") || path.StartsWithSegments("/error"))
        {
            await next();
            return;
        }

        var back = HttpMethods.IsGet(http.Request.Method) ? http.Request.GetEncodedPathAndQuery() : "/";
        var to = owed.Contains(ChangePassword) ? "/account/password" : "/account/authenticator";
        context.Result = new RedirectResult($"{to}?returnUrl={Uri.EscapeDataString(back)}");
    }
}
