using Loa.Data;
using Loa.Domain.Accounts;
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
/// A manager changes an account's role, place and unit, disables or enables it (its sessions end at once), or sets a temporary
/// password that its owner must change at the next sign-in — only for the accounts <see cref="AdminAccess"/> gives them
/// (decision record 30); any other account answers 404 and the attempt is logged.
/// </summary>
[Authorize(Policy = Policies.AccountManager)]
public sealed class EditModel(
    LoaDbContext db, UserManager<User> users, SessionStore sessions, AuditLog audit, TimeProvider time, IOptions<AccountOptions> accounts) : PageModel
{
    [BindProperty]
    public AccountPlace Place { get; set; } = new();

    [BindProperty]
    public string? NewPassword { get; set; }

    public User Account { get; private set; } = null!;

    public PlaceLists Lists { get; private set; } = null!;

    public AccountOptions Accounts => accounts.Value;

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return await DenyAsync(id);
        }

        Place = new AccountPlace
        {
            FullName = Account.FullName,
            Email = Account.Email,
            Phone = Account.PhoneNumber,
            Role = Account.Role,
            ProvinceId = Account.ProvinceId,
            CommuneId = Account.CommuneId,
            UnitId = Account.UnitId,
        };
        Lists = await PlaceLists.LoadAsync(db, User.Manager(), Place.ProvinceId, Place.CommuneId);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, bool refresh = false)
    {
        if (!await LoadAsync(id))
        {
            return await DenyAsync(id);
        }

        var manager = User.Manager();
        if (refresh)
        {
            ModelState.Clear();
            Lists = await PlaceLists.LoadAsync(db, manager, Place.ProvinceId, Place.CommuneId);
            return Page();
        }

        var (place, unitId, phone) = await Place.ResolveAsync(db, manager, ModelState, nameof(Place));
        if (!ModelState.IsValid)
        {
            Lists = await PlaceLists.LoadAsync(db, manager, Place.ProvinceId, Place.CommuneId);
            return Page();
        }

        var moved = Account.CommuneId != place.CommuneId || Account.ProvinceId != place.ProvinceId || Account.Role != place.Role
            || Account.UnitId != unitId;
        Account.FullName = Place.FullName.Trim();
        Account.Email = Place.EmailOrNull;
        Account.PhoneNumber = phone;
        Account.Role = place.Role;
        Account.ProvinceId = place.ProvinceId;
        Account.CommuneId = place.CommuneId;
        Account.UnitId = unitId;
        var result = await users.UpdateAsync(Account);
        if (result.Succeeded && moved)
        {
            result = await users.UpdateSecurityStampAsync(Account);
            await sessions.EndAllAsync(Account.Id, SessionEnd.AccountChanged);
        }

        return await DoneAsync(result, "Đã lưu tài khoản.");
    }

    public async Task<IActionResult> OnPostLockAsync(string id, bool disable)
    {
        if (!await LoadAsync(id))
        {
            return await DenyAsync(id);
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

        return await DoneAsync(result, disable ? "Đã khóa tài khoản; các phiên đăng nhập của tài khoản đã kết thúc." : "Đã mở khóa tài khoản.");
    }

    public async Task<IActionResult> OnPostPasswordAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return await DenyAsync(id);
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

        return await DoneAsync(result, "Đã đặt mật khẩu tạm thời; người dùng phải đổi mật khẩu ngay khi đăng nhập. Hãy báo mật khẩu cho người dùng qua kênh an toàn.");
    }

    private async Task<IActionResult> DoneAsync(IdentityResult result, string message)
    {
        if (!result.Succeeded)
        {
            result.Errors.ToList().ForEach(e => ModelState.AddModelError(string.Empty, e.Description));
            Lists = await PlaceLists.LoadAsync(db, User.Manager(), Account.ProvinceId, Account.CommuneId);
            return Page();
        }

        TempData["Flash"] = message;
        return Redirect($"/admin/users/edit/{Account.Id}");
    }

    /// <summary>Loads the account if the signed-in manager may manage it (<see cref="AdminAccess.MayManage"/>).</summary>
    private async Task<bool> LoadAsync(string id)
    {
        var account = await users.FindByIdAsync(id);
        if (account is null || !AdminAccess.MayManage(User.Manager(), AccountHolder.Of(account)))
        {
            return false;
        }

        Account = account;
        return true;
    }

    /// <summary>Another commune's or province's account looks exactly like a missing one (decision record 4); the attempt is logged.</summary>
    private async Task<IActionResult> DenyAsync(string id)
    {
        var exists = await db.Users.AsNoTracking().AnyAsync(u => u.Id == id);
        if (exists)
        {
            await audit.WriteAsync("denied", succeeded: false, entityType: nameof(User), entityId: id, detail: $"{Request.Method} {Request.Path}");
        }

        return NotFound();
    }
}
