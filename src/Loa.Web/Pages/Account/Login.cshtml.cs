using System.ComponentModel.DataAnnotations;
using Loa.Data;
using Loa.Demo;
using Loa.Domain.Accounts;
using Loa.Web.Infrastructure;
using Loa.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Loa.Web.Pages.Account;

/// <summary>Sign-in: one message for an unknown name and a wrong password, lockout after repeated failures, rate-limited.</summary>
[EnableRateLimiting("login")]
public sealed class LoginModel(SignInManager<User> signIn, LoaDbContext db, AuditLog audit, IOptions<DemoOptions> demo, IOptions<LoaOptions> options, TimeProvider time) : PageModel
{
    private const string Refused = "Tên đăng nhập hoặc mật khẩu không đúng.";

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    public string? ReturnUrl { get; set; }

    public IReadOnlyList<DemoAccountRow> DemoAccounts { get; private set; } = [];

    public string DemoPassword => DemoData.Password;

    public async Task OnGetAsync(string? returnUrl)
    {
        ReturnUrl = returnUrl;
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

        var userName = Input.UserName.Trim();
        var since = time.GetUtcNow().UtcDateTime.AddMinutes(-1);
        var recentFailures = await db.AuditEntries.CountAsync(a => a.Action == "login-failed" && a.UserName == userName && a.At >= since);
        if (recentFailures >= options.Value.LoginFailuresPerAccountPerMinute)
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            ModelState.AddModelError(string.Empty, "Tài khoản này vừa bị thử đăng nhập sai quá nhiều lần. Vui lòng đợi một phút rồi thử lại.");
            await LoadDemoAccountsAsync();
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(userName, Input.Password, isPersistent: false, lockoutOnFailure: true);
        var normalized = userName.ToUpperInvariant();
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.NormalizedUserName == normalized);
        if (result.Succeeded)
        {
            await audit.WriteAsync("login", succeeded: true, userName: user?.UserName, userId: user?.Id);
            return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
        }

        await audit.WriteAsync("login-failed", succeeded: false, userName: userName.Length > 256 ? userName[..256] : userName, userId: user?.Id, detail: result.IsLockedOut ? "locked out" : null);
        ModelState.AddModelError(string.Empty, result.IsLockedOut
            ? "Tài khoản tạm bị khóa do nhập sai nhiều lần. Hãy thử lại sau 15 phút."
            : Refused);
        await LoadDemoAccountsAsync();
        return Page();
    }

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
