using Loa.Domain.Accounts;
using Loa.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Loa.Web.Pages.Account;

/// <summary>Sign-out (POST only, with the form token): the cookie is removed and the account's stamp renewed, so the old cookie is dead too.</summary>
public sealed class LogoutModel(SignInManager<User> signIn, UserManager<User> users, AuditLog audit) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
            await audit.WriteAsync("logout", succeeded: true);
        }

        await signIn.SignOutAsync();
        return Redirect("/account/login");
    }
}
