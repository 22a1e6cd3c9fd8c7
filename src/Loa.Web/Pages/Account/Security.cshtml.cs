using Loa.Domain.Accounts;
using Loa.Web.Infrastructure.Accounts;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Loa.Web.Pages.Account;

/// <summary>
/// "Tài khoản của tôi": who I am, my password, my second factor (set up, new recovery codes, turn off when my role
/// does not require it — both after my current password), and how long sessions last.
/// </summary>
public sealed class SecurityModel(LoaSignInManager signIn, SignInLimits limits, AuditLog audit, IOptions<AccountOptions> accounts) : PageModel
{
    [BindProperty]
    public string? CurrentPassword { get; set; }

    public User Account { get; private set; } = null!;

    public bool Required { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    public AccountOptions Accounts => accounts.Value;

    private UserManager<User> Users => signIn.UserManager;

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : Challenge();

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        if (!await LoadAsync())
        {
            return Challenge();
        }

        if (!Account.TwoFactorEnabled || !await ConfirmAsync())
        {
            return Page();
        }

        RecoveryCodes = (await Users.GenerateNewTwoFactorRecoveryCodesAsync(Account, AuthenticatorModel.RecoveryCodeCount) ?? []).ToList();
        RecoveryCodesLeft = RecoveryCodes.Count;
        await audit.WriteAsync("2fa-recovery-codes", succeeded: true, entityType: nameof(User), entityId: Account.Id);
        return Page();
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (!await LoadAsync())
        {
            return Challenge();
        }

        if (Required)
        {
            ModelState.AddModelError(string.Empty, "Vai trò của bạn bắt buộc dùng xác thực hai bước nên không tắt được.");
            return Page();
        }

        if (!Account.TwoFactorEnabled || !await ConfirmAsync())
        {
            return Page();
        }

        await Users.SetTwoFactorEnabledAsync(Account, false);
        await Users.ResetAuthenticatorKeyAsync(Account);
        await signIn.RefreshSignInAsync(Account);
        await audit.WriteAsync("2fa-disabled", succeeded: true, entityType: nameof(User), entityId: Account.Id);
        TempData["Flash"] = "Đã tắt xác thực hai bước.";
        return Redirect("/account/security");
    }

    private async Task<bool> ConfirmAsync()
    {
        if (await limits.ConfirmPasswordAsync(Users, Account, CurrentPassword))
        {
            return true;
        }

        await audit.WriteAsync("password-confirm-failed", succeeded: false, entityType: nameof(User), entityId: Account.Id);
        ModelState.AddModelError(nameof(CurrentPassword), "Mật khẩu hiện tại không đúng (hoặc đã nhập sai nhiều lần, hãy đợi ít phút).");
        return false;
    }

    private async Task<bool> LoadAsync()
    {
        if (await Users.GetUserAsync(User) is not { } user)
        {
            return false;
        }

        Account = user;
        Required = AccountRules.RequiresTwoFactor(user.Role, accounts.Value);
        RecoveryCodesLeft = user.TwoFactorEnabled ? await Users.CountRecoveryCodesAsync(user) : 0;
        return true;
    }
}
