using System.ComponentModel.DataAnnotations;
using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Loa.Web.Pages.Admin.Users;

/// <summary>
/// A manager opens an account (decision record 30): the administrator any account, a province officer a leader or coordinator
/// of one of the province's communes, a coordinator a unit officer of the commune's units. The place is chosen from lists and
/// a unit officer's unit in the same step; the first password is temporary (the owner must change it at once).
/// </summary>
[Authorize(Policy = Policies.AccountManager)]
public sealed class CreateModel(LoaDbContext db, UserManager<User> users, TimeProvider time) : PageModel
{
    [BindProperty]
    public AccountPlace Place { get; set; } = new();

    [BindProperty]
    [Required(ErrorMessage = "Hãy nhập tên đăng nhập.")]
    [StringLength(100, ErrorMessage = "Tên đăng nhập dài quá 100 ký tự.")]
    public string UserName { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "Hãy đặt mật khẩu ban đầu.")]
    public string Password { get; set; } = "";

    public PlaceLists Lists { get; private set; } = null!;

    public async Task OnGetAsync(int? province, int? commune)
    {
        var manager = User.Manager();
        Place.Role = AdminAccess.AssignableRoles(manager).FirstOrDefault(UserRole.UnitOfficer);
        (Place.ProvinceId, Place.CommuneId) = (province, commune);
        Lists = await PlaceLists.LoadAsync(db, manager, Place.ProvinceId, Place.CommuneId);
    }

    public async Task<IActionResult> OnPostAsync(bool refresh = false)
    {
        var manager = User.Manager();
        if (refresh)
        {
            // "Chọn": show the communes and units of what was chosen; nothing is checked or saved yet.
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

        var user = new User
        {
            UserName = UserName.Trim(),
            FullName = Place.FullName.Trim(),
            Email = Place.EmailOrNull,
            PhoneNumber = phone,
            Role = place.Role,
            ProvinceId = place.ProvinceId,
            CommuneId = place.CommuneId,
            UnitId = unitId,
            LockoutEnabled = true,
            // A password chosen by somebody else is temporary (decision record 16): the owner sets their own at the first sign-in.
            MustChangePassword = true,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            result.Errors.ToList().ForEach(e => ModelState.AddModelError(string.Empty, e.Description));
            Lists = await PlaceLists.LoadAsync(db, manager, Place.ProvinceId, Place.CommuneId);
            return Page();
        }

        TempData["Flash"] = $"Đã tạo tài khoản {user.UserName}. "
            + "Hãy báo mật khẩu ban đầu cho người dùng qua kênh an toàn; người dùng phải đổi mật khẩu ngay khi đăng nhập.";
        return Redirect($"/admin/users/edit/{user.Id}");
    }
}
