using Loa.Domain.Accounts;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Loa.Web.Pages;

/// <summary>The home address sends each role to where its work is.</summary>
public sealed class IndexModel : PageModel
{
    public IActionResult OnGet() => User.Role() switch
    {
        UserRole.UnitOfficer => Redirect("/tasks/mine"),
        UserRole.SystemAdmin => Redirect("/admin"),
        UserRole.ProvinceOfficer => Redirect("/province"),
        UserRole.Leader or UserRole.Coordinator => Redirect("/dashboard"),
        _ => Redirect("/plans"),
    };
}
