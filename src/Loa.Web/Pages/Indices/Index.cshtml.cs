using Loa.Data;
using Loa.Domain;
using Loa.Domain.Accounts;
using Loa.Indices;
using Loa.Plans;
using Loa.Text;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Indices;

/// <summary>
/// The indices that measure administrative reform (PAR INDEX, SIPAS, PAPI, PCI, DTI) for a commune and its
/// province, year by year with their component scores, the trend drawn, and the plan's tasks that aim at each.
/// Commune staff see their commune's; the province officer the province's, and any commune's of the province.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class IndexModel(LoaDbContext db, TimeProvider time) : PageModel
{
    public int? CommuneId { get; private set; }

    public string? CommuneName { get; private set; }

    public string ProvinceName { get; private set; } = "";

    /// <summary>Results of the commune (when one is shown) and of the province, by index.</summary>
    public IReadOnlyList<IndexView> Indices { get; private set; } = [];

    /// <summary>For the province's own view: each commune's latest result of each index.</summary>
    public IReadOnlyList<CommuneLatest> Communes { get; private set; } = [];

    /// <summary>
    /// Whether the user may record and correct the results shown: the commune's coordinator or leader; the province
    /// officer for the province's.
    /// </summary>
    public bool CanEdit { get; private set; }

    public bool IsProvince => db.Scope.Role == UserRole.ProvinceOfficer;

    public async Task<IActionResult> OnGetAsync(int? commune)
    {
        if (!IndexAccess.MayRead(db.Scope, commune))
        {
            // Staff of a commune asking for another commune's results: the same answer as for one that does not exist.
            return NotFound();
        }

        CommuneId = IsProvince ? commune : db.Scope.CommuneId;
        var provinceId = db.Scope.ProvinceId;
        ProvinceName = await db.Provinces.AsNoTracking().Where(p => p.Id == provinceId).Select(p => p.Name).FirstOrDefaultAsync() ?? "";
        if (CommuneId is { } id)
        {
            CommuneName = await db.Communes.AsNoTracking().Where(c => c.Id == id && c.ProvinceId == provinceId).Select(c => c.Name).FirstOrDefaultAsync();
            if (CommuneName is null)
            {
                return NotFound();
            }
        }

        CanEdit = IndexAccess.MayEdit(db.Scope, CommuneId);
        var results = await db.IndexResults.AsNoTracking()
            .Where(r => r.ProvinceId == provinceId && (r.CommuneId == null || r.CommuneId == CommuneId))
            .ToListAsync();
        var tasks = CommuneId is null ? [] : await AimingTasksAsync(CommuneId.Value);
        Indices = IndexKindText.All
            .Select(kind => new IndexView(
                kind,
                results.Where(r => r.Kind == kind && r.CommuneId != null).OrderByDescending(r => r.Year).ToList(),
                results.Where(r => r.Kind == kind && r.CommuneId == null).OrderByDescending(r => r.Year).ToList(),
                tasks.Where(t => t.Indices.HasFlag(kind)).ToList()))
            .Where(v => v.Own.Count > 0 || v.Province.Count > 0 || v.Tasks.Count > 0 || (CanEdit && v.Kind is IndexKind.ParIndex or IndexKind.Sipas))
            .ToList();

        if (CommuneId is null && IsProvince)
        {
            var latest = await db.IndexResults.AsNoTracking()
                .Where(r => r.ProvinceId == provinceId && r.CommuneId != null)
                .Select(r => new { CommuneId = r.CommuneId!.Value, r.Kind, r.Year, r.Score, r.MaxScore })
                .ToListAsync();
            var names = await db.Communes.AsNoTracking().Where(c => c.ProvinceId == provinceId)
                .Select(c => new { c.Id, c.Name }).ToDictionaryAsync(c => c.Id, c => c.Name);
            Communes = latest.GroupBy(r => r.CommuneId)
                .Select(g => new CommuneLatest(
                    g.Key,
                    names.GetValueOrDefault(g.Key, ""),
                    g.GroupBy(r => r.Kind).ToDictionary(k => k.Key, k => k.OrderByDescending(r => r.Year).Select(r => (r.Year, r.Score)).First())))
                .OrderBy(c => c.Name, VietnameseOrder.Instance)
                .ToList();
        }

        return Page();
    }

    /// <summary>The tasks of the commune's current plan (the issued one of this year, or the latest) marked as aiming at an index.</summary>
    private async Task<List<AimingTask>> AimingTasksAsync(int communeId)
    {
        var year = VietnamTime.Today(time).Year;
        var plan = await db.Plans.AsNoTracking()
            .Where(p => p.CommuneId == communeId && p.UnitId == null && p.Status == PlanStatus.Issued && p.Year <= year)
            .OrderByDescending(p => p.Year).Select(p => new { p.Id, p.Year }).FirstOrDefaultAsync();
        if (plan is null)
        {
            return [];
        }

        return (await db.Tasks.AsNoTracking()
            .Where(t => t.PlanId == plan.Id && t.Indices != IndexKind.None)
            .OrderBy(t => t.Order)
            .Select(t => new { t.Id, Label = t.Label ?? "", t.Name, t.Indices })
            .ToListAsync())
            .Select(t => new AimingTask(plan.Id, plan.Year, t.Id, t.Label, t.Name, t.Indices))
            .ToList();
    }

    public sealed record IndexView(IndexKind Kind, IReadOnlyList<IndexResult> Own, IReadOnlyList<IndexResult> Province, IReadOnlyList<AimingTask> Tasks);

    public sealed record AimingTask(int PlanId, int PlanYear, int Id, string Label, string Name, IndexKind Indices);

    public sealed record CommuneLatest(int CommuneId, string Name, IReadOnlyDictionary<IndexKind, (int Year, decimal Score)> Latest);
}
