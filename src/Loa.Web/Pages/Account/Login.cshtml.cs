using System.ComponentModel.DataAnnotations;
using Loa.Data;
using Loa.Demo;
using Loa.Domain.Accounts;
using Loa.Web.Infrastructure;
using Loa.Web.Infrastructure.Accounts;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Loa.Web.Pages.Account;

/// <summary>
/// Sign-in, first step: one answer, taking one time, for an unknown name, a wrong password, a disabled account and an
/// address refused for the name; limits per name and address (<see cref="SignInThrottle"/>); then the second factor
/// when the account has one. Rate-limited per address too.
/// </summary>
[EnableRateLimiting("login")]
public sealed class LoginModel(
    LoaSignInManager signIn,
    AuditLog audit,
    SignInLimits limits,
    PasswordTiming timing,
    IOptions<DemoOptions> demo,
    IOptions<AccountOptions> accounts) : PageModel
{
    public const string Refused = "Tên đăng nhập hoặc mật khẩu không đúng.";

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    public string? ReturnUrl { get; set; }

    /// <summary>Why the page is shown (a session that locked or expired, a new password), in Vietnamese.</summary>
    public string? Notice { get; private set; }

    public AccountOptions Accounts => accounts.Value;

    public IReadOnlyList<DemoAccountRow> DemoAccounts { get; private set; } = [];

    public string DemoPassword => DemoData.Password;

    public async Task OnGetAsync(string? returnUrl, string? reason)
    {
        ReturnUrl = returnUrl;
        Notice = LoginReasons.Message(reason, accounts.Value);
        await LoadDemoAccountsAsync();
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl)
    {
        ReturnUrl = returnUrl;
        if (!ModelState.IsValid)
        {
            await LoadDemoAccountsAsync();
            return Page();
        }

        var typed = Input.UserName.Trim();
        var key = SignInThrottle.Key(typed);
        var (gate, failuresBefore) = await limits.PasswordGateAsync(key);
        if (gate == SignInGate.Busy)
        {
            await audit.WriteAsync("login-throttled", succeeded: false, userName: Shorten(typed), detail: "quá nhiều lần sai trong một phút");
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            ModelState.AddModelError(string.Empty, "Tên đăng nhập này vừa bị thử sai quá nhiều lần. Vui lòng đợi một phút rồi thử lại.");
            await LoadDemoAccountsAsync();
            return Page();
        }

        // Every path below checks one password hash: the answer takes as long whether the name exists or not.
        var user = await signIn.UserManager.FindByNameAsync(typed);
        var passwordOk = false;
        if (gate == SignInGate.Locked || user is null)
        {
            timing.Spend(Input.Password);
        }
        else
        {
            passwordOk = await signIn.UserManager.CheckPasswordAsync(user, Input.Password);
        }

        if (passwordOk && await signIn.CanSignInAsync(user!))
        {
            await limits.RecordAsync(SignInStep.Password, key, succeeded: true);
            var result = await signIn.SignInAfterPasswordAsync(user!);
            var target = Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
            if (result.RequiresTwoFactor)
            {
                await audit.WriteAsync("login-password", succeeded: true, userName: user!.UserName, userId: user.Id, detail: "chờ mã xác thực");
                return Redirect("/account/verify?returnUrl=" + Uri.EscapeDataString(target));
            }

            await audit.WriteAsync("login", succeeded: true, userName: user!.UserName, userId: user.Id);
            return LocalRedirect(target);
        }

        if (gate == SignInGate.Locked)
        {
            await audit.WriteAsync("login-refused", succeeded: false, userName: user?.UserName ?? Shorten(typed), userId: user?.Id,
                detail: "địa chỉ đang tạm dừng cho tên này");
        }
        else
        {
            await limits.RecordAsync(SignInStep.Password, key, succeeded: false);
            var detail = passwordOk ? "tài khoản đã khóa" : null;
            await audit.WriteAsync("login-failed", succeeded: false, userName: user?.UserName ?? Shorten(typed), userId: user?.Id, detail: detail);
            if (SignInThrottle.LocksNow(failuresBefore, accounts.Value))
            {
                await audit.WriteAsync("login-locked", succeeded: false, userName: user?.UserName ?? Shorten(typed), userId: user?.Id,
                    detail: $"{accounts.Value.SignInFailuresBeforeLock} lần sai: tạm dừng đăng nhập tên này từ địa chỉ này "
                        + $"{accounts.Value.SignInLockMinutes} phút");
            }
        }

        ModelState.AddModelError(string.Empty, Refused);
        await LoadDemoAccountsAsync();
        return Page();
    }

    private static string Shorten(string userName) => userName.Length > 256 ? userName[..256] : userName;

    private async Task LoadDemoAccountsAsync()
    {
        if (!demo.Value.Enabled)
        {
            return;
        }

        var scoped = new LoaDbContext(
            HttpContext.RequestServices.GetRequiredService<DbContextOptions<LoaDbContext>>(),
            new FixedTenantScope(TenantScope.System));
        await using (scoped)
        {
            DemoAccounts = await scoped.Users.AsNoTracking()
                .Where(u => u.IsDemo)
                .OrderBy(u => u.ProvinceId).ThenBy(u => u.CommuneId).ThenBy(u => u.Role)
                .Select(u => new DemoAccountRow(
                    u.UserName!,
                    u.Role,
                    u.CommuneId != null
                        ? scoped.Communes.Where(c => c.Id == u.CommuneId).Select(c => c.Name).First()
                        : u.ProvinceId != null ? scoped.Provinces.Where(p => p.Id == u.ProvinceId).Select(p => p.Name).First() : "Toàn hệ thống"))
                .ToListAsync();
        }
    }

    public sealed class LoginInput
    {
        [Required(ErrorMessage = "Hãy nhập tên đăng nhập.")]
        [StringLength(256, ErrorMessage = "Tên đăng nhập quá dài.")]
        public string UserName { get; set; } = "";

        [Required(ErrorMessage = "Hãy nhập mật khẩu.")]
        [StringLength(256, ErrorMessage = "Mật khẩu quá dài.")]
        public string Password { get; set; } = "";
    }

    public sealed record DemoAccountRow(string UserName, UserRole Role, string Place);
}
