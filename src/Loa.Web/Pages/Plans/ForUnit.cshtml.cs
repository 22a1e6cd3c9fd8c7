using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Plans;
using Loa.Plans.Versions;
using Loa.Units;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Plans;

/// <summary>A unit's own plan under the commune's issued plan, with the tasks the unit leads or helps with.</summary>
[Authorize(Policy = Policies.PlanEditor)]
public sealed class ForUnitModel(LoaDbContext db, TimeProvider time) : PageModel
{
    public Plan Parent { get; private set; } = null!;

    public IReadOnlyList<Unit> Units { get; private set; } = [];

    [BindProperty]
    public int? UnitId { get; set; }

    public async Task<IActionResult> OnGetAsync(int parent) => await LoadAsync(parent) ?? Page();

    public async Task<IActionResult> OnPostAsync(int parent)
    {
        if (await LoadAsync(parent) is { } refused)
        {
            return refused;
        }

        var unit = Units.FirstOrDefault(u => u.Id == UnitId);
        if (unit is null)
        {
            ModelState.AddModelError(nameof(UnitId), "Hãy chọn đơn vị.");
            return Page();
        }

        if (await db.Plans.AnyAsync(p => p.ParentPlanId == parent && p.UnitId == unit.Id))
        {
            ModelState.AddModelError(nameof(UnitId), $"{unit.Name} đã có kế hoạch theo kế hoạch này.");
            return Page();
        }

        var commune = await db.Communes.AsNoTracking().FirstAsync(c => c.Id == Parent.CommuneId);
        var units = await db.Units.AsNoTracking().Where(u => u.CommuneId == commune.Id).ToListAsync();
        var now = time.GetUtcNow().UtcDateTime;
        var plan = new Plan
        {
            ProvinceId = Parent.ProvinceId,
            CommuneId = Parent.CommuneId,
            ParentPlanId = Parent.Id,
            UnitId = unit.Id,
            Year = Parent.Year,
            CreatedAt = now,
            UpdatedAt = now,
        };
        PlanMapper.Fill(plan, PlanDerivation.ForUnit(Parent, PlanMapper.ToDocument(Parent), unit, commune), new UnitMatcher(units, commune.Locality));
        db.Plans.Add(plan);
        await PlanVersioning.SaveAsync(db, plan, $"Tạo kế hoạch của {unit.Name}", now);
        TempData["Flash"] = $"Đã tạo dự thảo kế hoạch của {unit.Name} với {plan.Tasks.Count} nhiệm vụ của đơn vị.";
        return Redirect($"/plans/details/{plan.Id}");
    }

    private async Task<IActionResult?> LoadAsync(int parent)
    {
        var plan = await db.Plans.Visible(db.Scope).AsNoTracking().WithEverything()
            .FirstOrDefaultAsync(p => p.Id == parent && p.CommuneId != null && p.UnitId == null && p.Status == PlanStatus.Issued);
        if (plan is null)
        {
            return await this.NotFoundAuditedAsync<Plan>(db, parent);
        }

        var scope = db.Scope;
        if (!PlanAccess.MayDraftForUnit(scope, plan))
        {
            return await this.DenyAsync($"unit plan under plan {parent}");
        }

        Parent = plan;
        var linked = plan.Tasks.SelectMany(t => t.Units).Select(u => u.UnitId).OfType<int>().ToHashSet();
        Units = await db.Units.AsNoTracking()
            .Where(u => u.CommuneId == plan.CommuneId && !u.IsArchived)
            .OrderByDescending(u => linked.Contains(u.Id)).ThenBy(u => u.Name)
            .ToListAsync();
        Units = Units.Where(u => PlanAccess.MayDraftForUnit(scope, plan, u.Id)).ToList();
        UnitId ??= Units.Count > 0 ? Units[0].Id : null;
        return null;
    }
}
