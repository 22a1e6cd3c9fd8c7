using System.ComponentModel.DataAnnotations;
using Loa.Data;
using Loa.Procedures;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Loa.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Procedures;

/// <summary>The commune's note on one of its procedures ("Nhận hồ sơ tại quầy số 1 …"), shown to citizens on the portal and the kiosk.</summary>
[Authorize(Policy = Policies.UnitManager)]
public sealed class EditModel(LoaDbContext db, TimeProvider time) : PageModel
{
    [BindProperty]
    [StringLength(1000, ErrorMessage = "Ghi chú dài tối đa 1.000 ký tự.")]
    public string? Note { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public CommuneProcedure Choice { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await FindAsync(id, tracked: false) is not { } choice)
        {
            return await this.NotFoundAuditedAsync<CommuneProcedure>(db, id);
        }

        Choice = choice;
        Note = choice.Note;
        Version = choice.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await FindAsync(id, tracked: true) is not { } choice)
        {
            return await this.NotFoundAuditedAsync<CommuneProcedure>(db, id);
        }

        Choice = choice;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(choice).Property(c => c.Version).OriginalValue = Version;
        choice.Note = string.IsNullOrWhiteSpace(Note) ? null : Note.Trim();
        choice.UpdatedAt = time.GetUtcNow().UtcDateTime;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, Conflicts.Message("Ghi chú của thủ tục này"));
            return Page();
        }

        TempData["Flash"] = $"Đã lưu ghi chú cho thủ tục “{choice.Procedure!.Name}”.";
        return Redirect("/procedures?field=" + Uri.EscapeDataString(choice.Procedure.Field));
    }

    private Task<CommuneProcedure?> FindAsync(int id, bool tracked)
    {
        var communeId = db.Scope.CommuneId;
        var query = tracked ? db.CommuneProcedures : db.CommuneProcedures.AsNoTracking();
        return query.Include(c => c.Procedure).FirstOrDefaultAsync(c => c.Id == id && c.CommuneId == communeId && communeId != null);
    }
}
