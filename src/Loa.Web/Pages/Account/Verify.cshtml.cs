using System.ComponentModel.DataAnnotations;
using Loa.Domain.Accounts;
using Loa.Web.Infrastructure.Accounts;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Loa.Web.Pages.Account;

/// <summary>
/// Sign-in, second step: the six-digit code of the authenticator app, or one of the recovery codes (each works once).
/// An app code also works once (<c>AuthenticatorTokens</c>): used again, it is a wrong code. Five wrong codes in 15
/// minutes stop the step for the account; every try is audited.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting("login")]
public sealed class VerifyModel(LoaSignInManager signIn, SignInLimits limits, AuditLog audit, IOptions<AccountOptions> accounts) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Hãy nhập mã.")]
    [StringLength(40, ErrorMessage = "Mã quá dài.")]
    public string Code { get; set; } = "";

    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync(string? returnUrl)
    {
        ReturnUrl = returnUrl;
        return await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect("/account/login") : Page();
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        ReturnUrl = returnUrl;
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return Redirect("/account/login");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var key = SignInThrottle.Key(user.UserName);
        if (await limits.RecentFailuresAsync(SignInStep.SecondFactor, key) >= accounts.Value.SignInFailuresBeforeLock)
        {
            await audit.WriteAsync("login-2fa-throttled", succeeded: false, userName: user.UserName, userId: user.Id);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            ModelState.AddModelError(string.Empty, $"Đã nhập sai mã quá nhiều lần. Hãy đợi {accounts.Value.SignInLockMinutes} phút rồi thử lại.");
            return Page();
        }

        var code = new string(Code.Where(c => !char.IsWhiteSpace(c)).ToArray());
        var isAppCode = code.Length == 6 && code.All(char.IsAsciiDigit);
        var result = isAppCode
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(code);
        var how = isAppCode ? "mã ứng dụng xác thực" : "mã khôi phục";
        await limits.RecordAsync(SignInStep.SecondFactor, key, result.Succeeded);
        if (result.Succeeded)
        {
            await audit.WriteAsync("login", succeeded: true, userName: user.UserName, userId: user.Id, detail: "xác thực hai bước: " + how);
            return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
        }

        await audit.WriteAsync("login-2fa-failed", succeeded: false, userName: user.UserName, userId: user.Id,
            detail: how + (result.IsLockedOut ? ", tạm khóa" : ""));
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? $"Đã nhập sai mã quá nhiều lần. Hãy đợi {accounts.Value.SignInLockMinutes} phút rồi thử lại."
            : "Mã không đúng, đã hết hạn hoặc đã dùng. Hãy nhập mã mới trên ứng dụng xác thực.");
        return Page();
    }
}
