using System.ComponentModel.DataAnnotations;
using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Loa.Web.Pages.Admin.Users;

/// <summary>The administrator opens an account for a province officer or a commune's staff, with a first password.</summary>
[Authorize(Policy = Policies.Admin)]
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

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (provinceId, communeId) = await Place.ResolveAsync(db, ModelState, nameof(Place));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = new User
        {
            UserName = UserName.Trim(),
            FullName = Place.FullName.Trim(),
            Email = Place.EmailOrNull,
            Role = Place.Role,
            ProvinceId = provinceId,
            CommuneId = communeId,
            UnitId = communeId is null ? null : Place.UnitId,
            LockoutEnabled = true,
            CreatedAt = time.GetUtcNow().UtcDateTime,
        };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            result.Errors.ToList().ForEach(e => ModelState.AddModelError(string.Empty, e.Description));
            return Page();
        }

        TempData["Flash"] = $"Đã tạo tài khoản {user.UserName}.";
        return Redirect($"/admin/users/edit/{user.Id}");
    }
}
