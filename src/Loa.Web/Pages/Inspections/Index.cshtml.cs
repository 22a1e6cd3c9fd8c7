using Loa.Data;
using Loa.Domain;
using Loa.Domain.Accounts;
using Loa.Inspections;
using Loa.Text;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Inspections;

/// <summary>
/// The yearly inspection of the province's communes (kiểm tra công tác CCHC): the province officer sees the year's
/// checklist and every commune's inspection and opens new ones; commune staff see their own commune's inspection, which
/// the coordinator or leader opens to answer the checklist before the visit.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(LoaDbContext db, TimeProvider time) : PageModel
{
    public int Year { get; private set; }

    public bool IsProvince => db.Scope.Role == UserRole.ProvinceOfficer;

    public InspectionChecklist? Checklist { get; private set; }

    public IReadOnlyList<Row> Inspections { get; private set; } = [];

    /// <summary>For the province officer: the communes without an inspection this year, for the "open" list.</summary>
    public IReadOnlyList<(int Id, string Name)> Uninspected { get; private set; } = [];

    public bool MayOpenOwn { get; private set; }

    public sealed record Row(
        int Id, int CommuneId, string Commune, InspectionStatus Status, DateOnly? VisitOn, decimal? Score, decimal MaxScore, int Answered, int ToAnswer);

    public async Task<IActionResult> OnGetAsync(int? year)
    {
        Year = year is >= 2020 and <= 2100 ? year.Value : VietnamTime.Today(time).Year;
        var provinceId = db.Scope.ProvinceId;
        Checklist = await db.InspectionChecklists.AsNoTracking().Include(c => c.Items)
            .FirstOrDefaultAsync(c => c.ProvinceId == provinceId && c.Year == Year);
        var rows = await db.Inspections.AsNoTracking()
            .Where(i => i.ProvinceId == provinceId && i.Year == Year)
            .Select(i => new
            {
                i.Id,
                CommuneId = i.CommuneId!.Value,
                i.Status,
                i.VisitOn,
                Score = i.Entries.Sum(e => e.Score),
                MaxScore = i.Entries.Sum(e => e.MaxScore),
                Answered = i.Entries.Count(e => e.Kind == ChecklistItemKind.Answered && (e.Answer != null || e.Files.Count > 0)),
                ToAnswer = i.Entries.Count(e => e.Kind == ChecklistItemKind.Answered),
            })
            .ToListAsync();
        var names = await db.Communes.AsNoTracking().Where(c => c.ProvinceId == provinceId)
            .Where(c => IsProvince || c.Id == db.Scope.CommuneId)
            .Select(c => new { c.Id, c.Name }).ToDictionaryAsync(c => c.Id, c => c.Name);
        Inspections = rows
            .Where(r => names.ContainsKey(r.CommuneId))
            .Select(r => new Row(
                r.Id, r.CommuneId, names[r.CommuneId], r.Status, r.VisitOn,
                r.Status == InspectionStatus.Open ? null : r.Score, r.MaxScore, r.Answered, r.ToAnswer))
            .OrderBy(r => r.Commune, VietnameseOrder.Instance)
            .ToList();
        var inspected = rows.Select(r => r.CommuneId).ToHashSet();
        Uninspected = IsProvince
            ? names.Where(n => !inspected.Contains(n.Key)).OrderBy(n => n.Value, VietnameseOrder.Instance).Select(n => (n.Key, n.Value)).ToList()
            : [];
        MayOpenOwn = Checklist is not null && db.Scope.CommuneId is { } own && !inspected.Contains(own)
            && InspectionAccess.MayOpen(db.Scope, provinceId ?? 0, own);
        return Page();
    }

    /// <summary>Opens a commune's inspection of the year (or goes to the one already open), with one entry per checklist item.</summary>
    public async Task<IActionResult> OnPostOpenAsync(int commune, int year)
    {
        var provinceId = db.Scope.ProvinceId ?? 0;
        var target = await db.Communes.AsNoTracking()
            .Where(c => c.Id == commune && c.ProvinceId == provinceId).Select(c => new { c.Id, c.Name }).FirstOrDefaultAsync();
        if (target is null || !InspectionAccess.MayOpen(db.Scope, provinceId, target.Id))
        {
            // Another province's commune, or a commune the user does not belong to: as if it did not exist.
            return NotFound();
        }

        var existing = await db.Inspections.AsNoTracking().Where(i => i.CommuneId == target.Id && i.Year == year).Select(i => (int?)i.Id).FirstOrDefaultAsync();
        if (existing is { } id)
        {
            return Redirect($"/inspections/details/{id}");
        }

        var checklist = await db.InspectionChecklists.AsNoTracking().Include(c => c.Items)
            .FirstOrDefaultAsync(c => c.ProvinceId == provinceId && c.Year == year);
        if (checklist is null)
        {
            TempData["Flash"] = $"Tỉnh chưa có bảng tiêu chí kiểm tra năm {year}.";
            return Redirect($"/inspections?year={year}");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var inspection = new Inspection
        {
            ProvinceId = provinceId,
            CommuneId = target.Id,
            Year = year,
            ChecklistId = checklist.Id,
            CreatedAt = now,
            UpdatedAt = now,
        };
        InspectionEntries.Sync(inspection, checklist.Items);
        db.Inspections.Add(inspection);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Someone opened it at the same moment (one inspection per commune and year): go to theirs.
            db.ChangeTracker.Clear();
            var theirs = await db.Inspections.AsNoTracking().Where(i => i.CommuneId == target.Id && i.Year == year).Select(i => i.Id).FirstAsync();
            return Redirect($"/inspections/details/{theirs}");
        }

        TempData["Flash"] = $"Đã mở cuộc kiểm tra năm {year} của {target.Name}.";
        return Redirect($"/inspections/details/{inspection.Id}");
    }
}
