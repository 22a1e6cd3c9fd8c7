using System.ComponentModel.DataAnnotations;
using Loa.Domain.Accounts;
using Loa.Web.Infrastructure.Accounts;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Loa.Web.Pages.Account;

/// <summary>
/// The page the reset link opens: a new password twice. The token is single-use and short-lived
/// (<see cref="PasswordResetTokens"/>); a reset ends every session of the account and clears a temporary password.
/// </summary>
[AllowAnonymous]
public sealed class ResetModel(LoaSignInManager signIn, SessionStore sessions, AuditLog audit) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "Hãy nhập mật khẩu mới.")]
    [StringLength(256, ErrorMessage = "Mật khẩu quá dài.")]
    public string NewPassword { get; set; } = "";

    [BindProperty]
    [Compare(nameof(NewPassword), ErrorMessage = "Hai lần nhập mật khẩu mới không giống nhau.")]
    public string? Confirm { get; set; }

    public bool LinkValid { get; private set; }

    private UserManager<User> Users => signIn.UserManager;

    public async Task OnGetAsync() => LinkValid = await FindAsync() is not null;

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await FindAsync();
        LinkValid = user is not null;
        if (user is null || !ModelState.IsValid)
        {
            return Page();
        }

        var result = await Users.ResetPasswordAsync(user, Token!, NewPassword);
        if (result.Succeeded)
        {
            user.MustChangePassword = false;
            result = await Users.UpdateAsync(user);
            await Users.SetLockoutEndDateAsync(user, null);
            await Users.ResetAccessFailedCountAsync(user);
        }

        if (!result.Succeeded)
        {
            result.Errors.ToList().ForEach(e => ModelState.AddModelError(nameof(NewPassword), e.Description));
            return Page();
        }

        var ended = await sessions.EndAllAsync(user.Id, SessionEnd.PasswordChanged);
        await audit.WriteAsync("password-reset", succeeded: true, userName: user.UserName, userId: user.Id, entityType: nameof(User), entityId: user.Id,
            detail: $"{ended} phiên đăng nhập kết thúc");
        return Redirect("/account/login?reason=" + LoginReasons.PasswordReset);
    }

    private async Task<User?> FindAsync()
    {
        if (string.IsNullOrEmpty(Id) || string.IsNullOrEmpty(Token) || await Users.FindByIdAsync(Id) is not { } user || !await signIn.CanSignInAsync(user))
        {
            return null;
        }

        return await Users.VerifyUserTokenAsync(user, Users.Options.Tokens.PasswordResetTokenProvider, UserManager<User>.ResetPasswordTokenPurpose, Token)
            ? user
            : null;
    }
}
