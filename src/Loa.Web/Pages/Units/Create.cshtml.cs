using Loa.Data;
using Loa.Units;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Units;

/// <summary>Adds a unit to the user's commune (the commune is always the user's own, never taken from the form).</summary>
[Authorize(Policy = Policies.UnitManager)]
public sealed class CreateModel(LoaDbContext db) : PageModel
{
    [BindProperty]
    public UnitForm Unit { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var communeId = db.Scope.CommuneId!.Value;
        if (ModelState.IsValid && await db.Units.AnyAsync(u => u.Name == Unit.Name.Trim()))
        {
            ModelState.AddModelError("Unit.Name", "Đã có đơn vị cùng tên.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var provinceId = await db.Communes.Where(c => c.Id == communeId).Select(c => c.ProvinceId).FirstAsync();
        var unit = new Unit { ProvinceId = provinceId, CommuneId = communeId };
        Unit.ApplyTo(unit);
        db.Units.Add(unit);
        await db.SaveChangesAsync();
        TempData["Flash"] = $"Đã thêm đơn vị {unit.Name}.";
        return Redirect("/units");
    }
}
