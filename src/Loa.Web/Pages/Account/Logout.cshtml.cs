using System.Security.Claims;
using Loa.Domain.Accounts;
using Loa.Web.Infrastructure.Accounts;
using Loa.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Loa.Web.Pages.Account;

/// <summary>Sign-out (POST only, with the form token): the session ends on the server, so the old cookie opens nothing from this moment.</summary>
public sealed class LogoutModel(SignInManager<User> signIn, SessionStore sessions, AuditLog audit) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.FindFirstValue(SessionStore.Claim) is { } session)
        {
            await sessions.EndAsync(session, SessionEnd.SignedOut);
            await audit.WriteAsync("logout", succeeded: true);
        }

        await signIn.SignOutAsync();
        return Redirect("/account/login");
    }
}
