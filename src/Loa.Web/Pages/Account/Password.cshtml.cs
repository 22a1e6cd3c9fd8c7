using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Loa.Domain.Accounts;
using Loa.Web.Infrastructure.Accounts;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Loa.Web.Pages.Account;

/// <summary>
/// "Đổi mật khẩu": the current password (under the sign-in limits), the new one twice, checked by the password rules.
/// Other sessions of the account end; this one is renewed. A temporary password set by an administrator brings the
/// person here before anything else (<see cref="AccountGate"/>).
/// </summary>
public sealed class PasswordModel(LoaSignInManager signIn, SignInLimits limits, SessionStore sessions, AuditLog audit) : PageModel
{
    [BindProperty]
    public PasswordInput Input { get; set; } = new();

    public string? ReturnUrl { get; set; }

    public bool Temporary { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        ReturnUrl = returnUrl;
        if (await signIn.UserManager.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        Temporary = user.MustChangePassword;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        ReturnUrl = returnUrl;
        if (await signIn.UserManager.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }

        Temporary = user.MustChangePassword;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!await limits.ConfirmPasswordAsync(signIn.UserManager, user, Input.Current))
        {
            await audit.WriteAsync("password-change-failed", succeeded: false, entityType: nameof(User), entityId: user.Id, detail: "mật khẩu hiện tại sai");
            ModelState.AddModelError("Input.Current", "Mật khẩu hiện tại không đúng (hoặc đã nhập sai nhiều lần, hãy đợi ít phút).");
            return Page();
        }

        if (Input.Current == Input.New)
        {
            ModelState.AddModelError("Input.New", "Mật khẩu mới phải khác mật khẩu hiện tại.");
            return Page();
        }

        var result = await signIn.UserManager.ChangePasswordAsync(user, Input.Current, Input.New);
        if (result.Succeeded && user.MustChangePassword)
        {
            user.MustChangePassword = false;
            result = await signIn.UserManager.UpdateAsync(user);
        }

        if (!result.Succeeded)
        {
            result.Errors.ToList().ForEach(e => ModelState.AddModelError("Input.New", e.Description));
            return Page();
        }

        await sessions.EndAllAsync(user.Id, SessionEnd.PasswordChanged, except: User.FindFirstValue(SessionStore.Claim));
        await signIn.RefreshSignInAsync(user);
        await audit.WriteAsync("password-changed", succeeded: true, entityType: nameof(User), entityId: user.Id);
        TempData["Flash"] = "Đã đổi mật khẩu. Các phiên đăng nhập khác của tài khoản đã kết thúc.";
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/account/security");
    }

    public sealed class PasswordInput
    {
        [Required(ErrorMessage = "Hãy nhập mật khẩu hiện tại.")]
        [StringLength(256, ErrorMessage = "Mật khẩu quá dài.")]
        public string Current { get; set; } = "";

        [Required(ErrorMessage = "Hãy nhập mật khẩu mới.")]
        [StringLength(256, ErrorMessage = "Mật khẩu quá dài.")]
        public string New { get; set; } = "";

        [Required(ErrorMessage = "Hãy nhập lại mật khẩu mới.")]
        [Compare(nameof(New), ErrorMessage = "Hai lần nhập mật khẩu mới không giống nhau.")]
        public string Confirm { get; set; } = "";
    }
}
