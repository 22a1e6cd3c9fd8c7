using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Text;
using Loa.Units;
using Loa.Web.Infrastructure.Accounts;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Loa.Web.Pages.Admin.Users;

/// <summary>
/// The administrator changes an account's role, place and unit, disables or enables it (its sessions end at once), or
/// sets a temporary password that its owner must change at the next sign-in.
/// </summary>
[Authorize(Policy = Policies.Admin)]
public sealed class EditModel(
    LoaDbContext db, UserManager<User> users, SessionStore sessions, AuditLog audit, TimeProvider time, IOptions<AccountOptions> accounts) : PageModel
{
    [BindProperty]
    public AccountPlace Place { get; set; } = new();

    [BindProperty]
    public string? NewPassword { get; set; }

    public User Account { get; private set; } = null!;

    public IReadOnlyList<Unit> Units { get; private set; } = [];

    public AccountOptions Accounts => accounts.Value;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Place = new AccountPlace
        {
            FullName = Account.FullName,
            Email = Account.Email,
            Role = Account.Role,
            UnitId = Account.UnitId,
            PlaceCode = Account.CommuneId is { } c ? await db.Communes.Where(x => x.Id == c).Select(x => x.Code).FirstAsync()
                : Account.ProvinceId is { } p ? await db.Provinces.Where(x => x.Id == p).Select(x => x.Code).FirstAsync() : null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var (provinceId, communeId) = await Place.ResolveAsync(db, ModelState, nameof(Place));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var moved = Account.CommuneId != communeId || Account.ProvinceId != provinceId || Account.Role != Place.Role;
        Account.FullName = Place.FullName.Trim();
        Account.Email = Place.EmailOrNull;
        Account.Role = Place.Role;
        Account.ProvinceId = provinceId;
        Account.CommuneId = communeId;
        Account.UnitId = communeId is null ? null : Place.UnitId;
        var result = await users.UpdateAsync(Account);
        if (result.Succeeded && moved)
        {
            result = await users.UpdateSecurityStampAsync(Account);
            await sessions.EndAllAsync(Account.Id, SessionEnd.AccountChanged);
        }

        return Done(result, "Đã lưu tài khoản.");
    }

    public async Task<IActionResult> OnPostLockAsync(string id, bool disable)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var now = time.GetUtcNow().UtcDateTime;
        Account.IsDisabled = disable;
        Account.DisabledAt = disable ? now : null;
        Account.DisabledReason = disable ? DisabledReason.Administrator : null;
        if (!disable)
        {
            // Enabled again: the count of unused days starts afresh.
            Account.LastActiveAt = now;
        }

        var result = await users.UpdateAsync(Account);
        if (result.Succeeded)
        {
            result = await users.UpdateSecurityStampAsync(Account);
        }

        if (result.Succeeded)
        {
            var ended = disable ? await sessions.EndAllAsync(Account.Id, SessionEnd.AccountDisabled) : 0;
            await audit.WriteAsync(disable ? "account-disabled" : "account-enabled", succeeded: true, entityType: nameof(User), entityId: Account.Id,
                detail: disable ? $"{Account.UserName}: {ended} phiên đăng nhập kết thúc" : Account.UserName);
        }

        return Done(result, disable ? "Đã khóa tài khoản; các phiên đăng nhập của tài khoản đã kết thúc." : "Đã mở khóa tài khoản.");
    }

    public async Task<IActionResult> OnPostPasswordAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        var token = await users.GeneratePasswordResetTokenAsync(Account);
        var result = await users.ResetPasswordAsync(Account, token, NewPassword ?? "");
        if (result.Succeeded)
        {
            await users.SetLockoutEndDateAsync(Account, null);
            await users.ResetAccessFailedCountAsync(Account);
            Account.MustChangePassword = true;
            result = await users.UpdateAsync(Account);
            await sessions.EndAllAsync(Account.Id, SessionEnd.PasswordChanged);
            await audit.WriteAsync("password-set-by-admin", succeeded: result.Succeeded, entityType: nameof(User), entityId: Account.Id,
                detail: Account.UserName);
        }

        return Done(result, "Đã đặt mật khẩu tạm thời; người dùng phải đổi mật khẩu ngay khi đăng nhập. Hãy báo mật khẩu cho người dùng qua kênh an toàn.");
    }

    private IActionResult Done(IdentityResult result, string message)
    {
        if (!result.Succeeded)
        {
            result.Errors.ToList().ForEach(e => ModelState.AddModelError(string.Empty, e.Description));
            return Page();
        }

        TempData["Flash"] = message;
        return Redirect($"/admin/users/edit/{Account.Id}");
    }

    private async Task<bool> LoadAsync(string id)
    {
        var account = await users.FindByIdAsync(id);
        if (account is null)
        {
            return false;
        }

        Account = account;
        Units = account.CommuneId is { } communeId
            ? (await db.Units.AsNoTracking().Where(u => u.CommuneId == communeId && !u.IsArchived).ToListAsync()).OrderBy(u => u.Name, VietnameseOrder.Instance).ToList()
            : [];
        return true;
    }
}
