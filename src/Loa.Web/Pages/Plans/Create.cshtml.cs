using System.ComponentModel.DataAnnotations;
using Loa.Data;
using Loa.Domain;
using Loa.Domain.Geography;
using Loa.Domain.Plans;
using Loa.Plans;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Plans;

/// <summary>A new draft plan for the coordinator's commune: blank (with the usual parts laid out) or a copy of an earlier plan.</summary>
[Authorize(Policy = Policies.PlanEditor)]
public sealed class CreateModel(LoaDbContext db, TimeProvider time) : PageModel
{
    [BindProperty]
    public CreateInput Input { get; set; } = new();

    public IReadOnlyList<(int Id, string Title, int Year)> Earlier { get; private set; } = [];

    public async Task OnGetAsync(int? from)
    {
        Input.Year = VietnamTime.Today(time).Year + (VietnamTime.Today(time).Month >= 11 ? 1 : 0);
        Input.SourcePlanId = from;
        await LoadAsync();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var communeId = db.Scope.CommuneId!.Value;
        var commune = await db.Communes.AsNoTracking().FirstAsync(c => c.Id == communeId);
        var units = await db.Units.AsNoTracking().Where(u => u.CommuneId == communeId).ToListAsync();
        var now = time.GetUtcNow().UtcDateTime;
        var plan = new Plan { ProvinceId = commune.ProvinceId, CommuneId = communeId, Year = Input.Year, CreatedAt = now, UpdatedAt = now };

        if (Input.SourcePlanId is { } sourceId)
        {
            var source = await db.Plans.AsNoTracking().WithEverything().FirstOrDefaultAsync(p => p.Id == sourceId);
            if (source is null)
            {
                ModelState.AddModelError(nameof(Input.SourcePlanId), "Không tìm thấy kế hoạch để sao chép.");
                return Page();
            }

            PlanMapper.Fill(plan, PlanMapper.ToDocument(source), new UnitMatcher(units, commune.Locality));
            plan.SourcePlanId = source.Id;
            plan.Year = Input.Year;
            plan.Number = null;
            (plan.DateDay, plan.DateMonth, plan.DateYear) = (null, null, Input.Year);
        }
        else
        {
            PlanMapper.Fill(plan, PlanTemplate.Blank(commune, Input.Year), new UnitMatcher(units, commune.Locality));
        }

        db.Plans.Add(plan);
        await db.SaveChangesAsync();
        TempData["Flash"] = "Đã tạo dự thảo kế hoạch. Hãy hoàn thiện các phần rồi trình lãnh đạo duyệt.";
        return Redirect($"/plans/details/{plan.Id}");
    }

    private async Task LoadAsync()
    {
        var plans = await db.Plans.AsNoTracking()
            .OrderByDescending(p => p.Year)
            .Select(p => new { p.Id, p.Title, p.Year })
            .ToListAsync();
        Earlier = plans.Select(p => (p.Id, p.Title, p.Year)).ToList();
    }

    public sealed class CreateInput
    {
        [Range(2020, 2100, ErrorMessage = "Năm kế hoạch phải trong khoảng 2020–2100.")]
        public int Year { get; set; }

        public int? SourcePlanId { get; set; }
    }
}
