using Loa.Data;
using Loa.Units;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Loa.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Units;

/// <summary>Renames, reclassifies or archives a unit of the user's commune.</summary>
[Authorize(Policy = Policies.UnitManager)]
public sealed class EditModel(LoaDbContext db) : PageModel
{
    [BindProperty]
    public UnitForm Unit { get; set; } = new();

    public int UnitId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        UnitId = id;
        var unit = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id);
        if (unit is null)
        {
            return await this.NotFoundAuditedAsync<Unit>(db, id);
        }

        Unit = UnitForm.From(unit);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        UnitId = id;
        var unit = await db.Units.FirstOrDefaultAsync(u => u.Id == id);
        if (unit is null)
        {
            return await this.NotFoundAuditedAsync<Unit>(db, id);
        }

        if (ModelState.IsValid && await db.Units.AnyAsync(u => u.Id != id && u.Name == Unit.Name.Trim()))
        {
            ModelState.AddModelError("Unit.Name", "Đã có đơn vị cùng tên.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(unit).Property(u => u.Version).OriginalValue = Unit.Version;
        Unit.ApplyTo(unit);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, Conflicts.Message("Đơn vị"));
            return Page();
        }

        TempData["Flash"] = $"Đã lưu đơn vị {unit.Name}.";
        return Redirect("/units");
    }
}
