using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Domain.Units;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Admin.Users;

/// <summary>The administrator changes an account's role, place and unit, locks or unlocks it, or sets a new password.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class EditModel(LoaDbContext db, UserManager<User> users) : PageModel
{
    [BindProperty]
    public AccountPlace Place { get; set; } = new();

    [BindProperty]
    public string? NewPassword { get; set; }

    public User Account { get; private set; } = null!;

    public IReadOnlyList<Unit> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Place = new AccountPlace
        {
            FullName = Account.FullName,
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
        Account.Role = Place.Role;
        Account.ProvinceId = provinceId;
        Account.CommuneId = communeId;
        Account.UnitId = communeId is null ? null : Place.UnitId;
        var result = await users.UpdateAsync(Account);
        if (result.Succeeded && moved)
        {
            result = await users.UpdateSecurityStampAsync(Account);
        }

        return Done(result, "Đã lưu tài khoản.");
    }

    public async Task<IActionResult> OnPostLockAsync(string id, bool disable)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        Account.IsDisabled = disable;
        var result = await users.UpdateAsync(Account);
        if (result.Succeeded)
        {
            result = await users.UpdateSecurityStampAsync(Account);
        }

        return Done(result, disable ? "Đã khóa tài khoản; các phiên đăng nhập của tài khoản sẽ kết thúc trong vài phút." : "Đã mở khóa tài khoản.");
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
        }

        return Done(result, "Đã đặt mật khẩu mới. Hãy báo cho người dùng qua kênh an toàn.");
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
            ? await db.Units.AsNoTracking().Where(u => u.CommuneId == communeId && !u.IsArchived).OrderBy(u => u.Name).ToListAsync()
            : [];
        return true;
    }
}
