using System.ComponentModel.DataAnnotations;
using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Notifications;
using Loa.Web.Infrastructure;
using Loa.Web.Infrastructure.Accounts;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Portal;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Loa.Web.Pages.Account;

/// <summary>
/// "Quên mật khẩu?": a user name or e-mail address; when it belongs to an enabled account with an address, a
/// single-use link valid for <c>Loa:PasswordResetMinutes</c> goes by e-mail (the app's mail path, sent after the
/// answer). The answer is the same whether or not anything was found. Limited per name and per address (429).
/// </summary>
[AllowAnonymous]
[EnableRateLimiting("login")]
public sealed class ForgotModel(
    LoaSignInManager signIn,
    LoaDbContext db,
    SignInLimits limits,
    AuditLog audit,
    PortalAddress address,
    ResetMail mail,
    IOptions<AccountOptions> accounts) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Hãy nhập tên đăng nhập hoặc địa chỉ thư điện tử.")]
    [StringLength(256, ErrorMessage = "Quá dài.")]
    public string Name { get; set; } = "";

    public bool Sent { get; private set; }

    public AccountOptions Accounts => accounts.Value;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var typed = Name.Trim();
        var key = SignInThrottle.Key(typed);
        var (forKey, fromAddress) = await limits.LastHourAsync(SignInStep.PasswordReset, key);
        if (forKey >= accounts.Value.PasswordResetsPerAccountPerHour || fromAddress >= accounts.Value.PasswordResetsPerIpPerHour)
        {
            await audit.WriteAsync("password-reset-throttled", succeeded: false, userName: typed.Length > 256 ? typed[..256] : typed);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            ModelState.AddModelError(string.Empty, "Đã có nhiều yêu cầu đặt lại mật khẩu. Vui lòng đợi một giờ rồi thử lại.");
            return Page();
        }

        await limits.RecordAsync(SignInStep.PasswordReset, key, succeeded: true);
        var users = await db.Users.Where(u => u.NormalizedUserName == key || u.NormalizedEmail == key).OrderBy(u => u.Id).Take(3).ToListAsync();
        foreach (var user in users)
        {
            if (user.Email is not { Length: > 0 } email || !await signIn.CanSignInAsync(user))
            {
                continue;
            }

            var token = await signIn.UserManager.GeneratePasswordResetTokenAsync(user);
            var link = address.Of(Request, $"/account/reset?id={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}");
            mail.Send(email, user.FullName, user.UserName ?? "", link);
            await audit.WriteAsync("password-reset-requested", succeeded: true, userName: user.UserName, userId: user.Id,
                entityType: nameof(User), entityId: user.Id);
        }

        if (users.Count == 0)
        {
            await audit.WriteAsync("password-reset-requested", succeeded: false, userName: typed.Length > 256 ? typed[..256] : typed,
                detail: "không có tài khoản");
        }

        Sent = true;
        return Page();
    }
}
