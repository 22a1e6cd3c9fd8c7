using System.ComponentModel.DataAnnotations;
using Loa.Data;
using Loa.Domain;
using Loa.Domain.Accounts;
using Loa.Plans;
using Loa.Plans.Versions;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Plans;

/// <summary>
/// A new draft plan: for a coordinator, the commune's plan; for a province officer, the province's plan.
/// Blank (with the usual parts laid out) or a copy of an earlier plan moved to the new year.
/// </summary>
[Authorize(Policy = Policies.PlanEditor)]
public sealed class CreateModel(LoaDbContext db, TimeProvider time) : PageModel
{
    [BindProperty]
    public CreateInput Input { get; set; } = new();

    public IReadOnlyList<(int Id, string Title, int Year)> Earlier { get; private set; } = [];

    public IReadOnlyList<(int Id, string Title, string? Number)> ProvincePlans { get; private set; } = [];

    public bool ForProvince => db.Scope.Role == UserRole.ProvinceOfficer;

    /// <summary>Ticked once the maker has read <see cref="Warnings"/>.</summary>
    [BindProperty]
    public bool Confirmed { get; set; }

    /// <summary>What the new plan must be confirmed past (<see cref="PlanCreationChecks"/>).</summary>
    public IReadOnlyList<string> Warnings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? from)
    {
        if (!PlanAccess.MayStartPlan(db.Scope))
        {
            return await this.DenyAsync("unit officers draft their unit's plan from /plans/forunit");
        }

        var today = VietnamTime.Today(time);
        Input.Year = today.Year + (today.Month >= 11 ? 1 : 0);
        Input.SourcePlanId = from;
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!PlanAccess.MayStartPlan(db.Scope))
        {
            return await this.DenyAsync("unit officers draft their unit's plan from /plans/forunit");
        }

        await LoadAsync();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (!Confirmed && await PlanCreationChecks.SameYearAsync(
            db, db.Scope.ProvinceId!.Value, ForProvince ? null : db.Scope.CommuneId, Input.Year) is { } warning)
        {
            Warnings = [warning];
            return Page();
        }

        var now = time.GetUtcNow().UtcDateTime;
        var (plan, blank, matcher) = await NewPlanAsync(now);
        var summary = "Tạo kế hoạch mới";
        if (Input.SourcePlanId is { } sourceId)
        {
            var source = await Own(db.Plans).AsNoTracking().WithEverything().FirstOrDefaultAsync(p => p.Id == sourceId);
            if (source is null)
            {
                ModelState.AddModelError(nameof(Input.SourcePlanId), "Không tìm thấy kế hoạch để sao chép.");
                return Page();
            }

            PlanMapper.Fill(plan, PlanYearShift.Shift(PlanMapper.ToDocument(source), source.Year, Input.Year), matcher);
            plan.SourcePlanId = source.Id;
            summary = $"Tạo bằng cách sao chép kế hoạch năm {source.Year}";
            if (source.Year != Input.Year && source.Basis.Count > 0)
            {
                TempData["Flash"] = $"Đã tạo dự thảo từ kế hoạch năm {source.Year}; các năm trong nội dung đã chuyển sang {Input.Year}. Phần căn cứ vẫn là văn bản cũ: hãy cập nhật.";
            }
        }
        else
        {
            PlanMapper.Fill(plan, blank(), matcher);
        }

        plan.Year = Input.Year;
        db.Plans.Add(plan);
        await PlanVersioning.SaveAsync(db, plan, summary, now);
        TempData["Flash"] ??= "Đã tạo dự thảo kế hoạch. Hãy hoàn thiện các phần rồi trình duyệt.";
        return Redirect($"/plans/details/{plan.Id}");
    }

    /// <summary>An empty plan of the user's commune or province, a way to make its blank template, and a matcher for its units.</summary>
    private async Task<(Plan Plan, Func<PlanDocument> Blank, UnitMatcher Matcher)> NewPlanAsync(DateTime now)
    {
        var scope = db.Scope;
        if (ForProvince)
        {
            var province = await db.Provinces.AsNoTracking().FirstAsync(p => p.Id == scope.ProvinceId);
            var provinceUnits = await db.Units.AsNoTracking().Where(u => u.CommuneId == null).ToListAsync();
            var provincePlan = new Plan { ProvinceId = province.Id, Year = Input.Year, CreatedAt = now, UpdatedAt = now };
            return (provincePlan, () => PlanTemplate.Blank(province, Input.Year), new UnitMatcher(provinceUnits, province.Locality));
        }

        var commune = await db.Communes.AsNoTracking().FirstAsync(c => c.Id == scope.CommuneId);
        var units = await db.Units.AsNoTracking().Where(u => u.CommuneId == commune.Id).ToListAsync();
        var plan = new Plan { ProvinceId = commune.ProvinceId, CommuneId = commune.Id, Year = Input.Year, CreatedAt = now, UpdatedAt = now };
        return (plan, () => PlanTemplate.Blank(commune, Input.Year), new UnitMatcher(units, commune.Locality));
    }

    /// <summary>The plans of the same level that the user may copy: the commune's own plans, or the province's.</summary>
    private IQueryable<Plan> Own(IQueryable<Plan> plans) => ForProvince
        ? plans.Where(p => p.CommuneId == null)
        : plans.Where(p => p.CommuneId == db.Scope.CommuneId && p.UnitId == null);

    private async Task LoadAsync()
    {
        var plans = await Own(db.Plans).AsNoTracking()
            .OrderByDescending(p => p.Year)
            .Select(p => new { p.Id, p.Title, p.Year })
            .ToListAsync();
        Earlier = plans.Select(p => (p.Id, p.Title, p.Year)).ToList();
        if (!ForProvince)
        {
            var fromProvince = await db.Plans.Visible(db.Scope).AsNoTracking()
                .Where(p => p.CommuneId == null && p.Status == PlanStatus.Issued)
                .OrderByDescending(p => p.Year)
                .Select(p => new { p.Id, p.Title, p.Number })
                .ToListAsync();
            ProvincePlans = fromProvince.Select(p => (p.Id, p.Title, p.Number)).ToList();
        }
    }

    public sealed class CreateInput
    {
        [Range(2020, 2100, ErrorMessage = "Năm kế hoạch phải trong khoảng 2020–2100.")]
        public int Year { get; set; }

        public int? SourcePlanId { get; set; }
    }
}
