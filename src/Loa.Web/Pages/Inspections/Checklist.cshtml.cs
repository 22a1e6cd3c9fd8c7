using Loa.Data;
using Loa.Domain;
using Loa.Inspections;
using Loa.Web.Infrastructure.Security;
using Loa.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Inspections;

/// <summary>
/// The province's checklist of a year: made from the default (or a copy of last year's) and edited item by item by the
/// province officer; read by the province's communes. Open inspections follow every change; frozen ones keep theirs.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ChecklistModel(LoaDbContext db, TimeProvider time) : PageModel
{
    public int Year { get; private set; }

    public InspectionChecklist? Checklist { get; private set; }

    public bool MayEdit { get; private set; }

    /// <summary>A year before with a checklist, to copy from.</summary>
    public int? PreviousYear { get; private set; }

    [BindProperty]
    public ItemForm Item { get; set; } = new();

    /// <summary>The item whose form failed, to open it again with the message.</summary>
    public int? EditingItem { get; private set; }

    private int ProvinceId => db.Scope.ProvinceId ?? 0;

    public Task<IActionResult> OnGetAsync(int? year) => RenderAsync(year);

    /// <summary>Makes the year's checklist: a copy of the latest earlier year's when there is one, else the default.</summary>
    public async Task<IActionResult> OnPostCreateAsync(int year)
    {
        if (!InspectionAccess.MayEditChecklist(db.Scope, ProvinceId))
        {
            return await RefuseAsync(year);
        }

        if (year is < 2020 or > 2100)
        {
            return NotFound();
        }

        if (!await db.InspectionChecklists.AnyAsync(c => c.ProvinceId == ProvinceId && c.Year == year))
        {
            var now = time.GetUtcNow().UtcDateTime;
            var previous = await db.InspectionChecklists.AsNoTracking().Include(c => c.Items)
                .Where(c => c.ProvinceId == ProvinceId && c.Year < year).OrderByDescending(c => c.Year).FirstOrDefaultAsync();
            db.InspectionChecklists.Add(previous is null ? DefaultChecklist.Create(ProvinceId, year, now) : DefaultChecklist.CopyOf(previous, year, now));
            await db.SaveChangesAsync();
            TempData["Flash"] = previous is null
                ? $"Đã lập bảng tiêu chí năm {year} từ bảng mẫu: hãy xem lại và sửa cho phù hợp."
                : $"Đã lập bảng tiêu chí năm {year} theo bảng năm {previous.Year}: hãy xem lại và sửa cho phù hợp.";
        }

        return Redirect($"/inspections/checklist?year={year}");
    }

    /// <summary>Adds an item (no id) or saves the changes of one.</summary>
    public async Task<IActionResult> OnPostSaveItemAsync(int year)
    {
        var checklist = await LoadAsync(year, tracked: true);
        if (checklist is null || !InspectionAccess.MayEditChecklist(db.Scope, checklist.ProvinceId))
        {
            return checklist is null ? NotFound() : await RefuseAsync(year);
        }

        ChecklistItem? item = null;
        if (Item.Id is { } itemId && (item = checklist.Items.FirstOrDefault(i => i.Id == itemId)) is null)
        {
            return NotFound();
        }

        Item.Validate(ModelState);
        if (!ModelState.IsValid)
        {
            EditingItem = Item.Id ?? 0;
            return await RenderAsync(year, StatusCodes.Status400BadRequest);
        }

        if (item is null)
        {
            item = new ChecklistItem { ProvinceId = checklist.ProvinceId, Order = checklist.Items.Count == 0 ? 0 : checklist.Items.Max(i => i.Order) + 1 };
            checklist.Items.Add(item);
        }
        else
        {
            db.Entry(item).Property(i => i.Version).OriginalValue = Item.Version;
        }

        Item.ApplyTo(item);
        return await SaveAsync(checklist, $"Đã lưu tiêu chí “{item.Title}”.");
    }

    public async Task<IActionResult> OnPostDeleteItemAsync(int year, int item)
    {
        var checklist = await LoadAsync(year, tracked: true);
        if (checklist is null || !InspectionAccess.MayEditChecklist(db.Scope, checklist.ProvinceId))
        {
            return checklist is null ? NotFound() : await RefuseAsync(year);
        }

        var found = checklist.Items.FirstOrDefault(i => i.Id == item);
        if (found is null)
        {
            return NotFound();
        }

        checklist.Items.Remove(found);
        db.ChecklistItems.Remove(found);
        return await SaveAsync(checklist, $"Đã xóa tiêu chí “{found.Title}”.");
    }

    /// <summary>Saves the checklist and brings the open inspections of it in line, in one transaction.</summary>
    private async Task<IActionResult> SaveAsync(InspectionChecklist checklist, string done)
    {
        checklist.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync();
        try
        {
            await db.SaveChangesAsync();
            var open = await db.Inspections.Include(i => i.Entries).ThenInclude(e => e.Files).AsSplitQuery()
                .Where(i => i.ChecklistId == checklist.Id && i.Status == InspectionStatus.Open).ToListAsync();
            foreach (var inspection in open)
            {
                InspectionEntries.Sync(inspection, checklist.Items);
            }

            await db.SaveChangesAsync();
            await transaction.CommitAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Flash"] = Conflicts.Message("Bảng tiêu chí");
            return Redirect($"/inspections/checklist?year={checklist.Year}");
        }

        TempData["Flash"] = done;
        return Redirect($"/inspections/checklist?year={checklist.Year}");
    }

    /// <summary>Someone who may read the checklist but not change it: 403 with the reason, nothing changed.</summary>
    private Task<IActionResult> RefuseAsync(int year)
    {
        ModelState.AddModelError(string.Empty, "Chỉ cán bộ của tỉnh mới sửa được bảng tiêu chí kiểm tra.");
        return RenderAsync(year, StatusCodes.Status403Forbidden);
    }

    private async Task<IActionResult> RenderAsync(int? year, int status = StatusCodes.Status200OK)
    {
        Year = year is >= 2020 and <= 2100 ? year.Value : VietnamTime.Today(time).Year;
        Checklist ??= await LoadAsync(Year, tracked: false);
        MayEdit = InspectionAccess.MayEditChecklist(db.Scope, ProvinceId);
        PreviousYear = await db.InspectionChecklists.Where(c => c.ProvinceId == ProvinceId && c.Year < Year)
            .OrderByDescending(c => c.Year).Select(c => (int?)c.Year).FirstOrDefaultAsync();
        Response.StatusCode = status;
        return Page();
    }

    private Task<InspectionChecklist?> LoadAsync(int year, bool tracked)
    {
        var query = db.InspectionChecklists.Include(c => c.Items.OrderBy(i => i.Order));
        return (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(c => c.ProvinceId == ProvinceId && c.Year == year);
    }
}
