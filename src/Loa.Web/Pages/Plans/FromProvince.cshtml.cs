using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Plans;
using Loa.Plans.Versions;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Plans;

/// <summary>
/// The commune's plan made from its province's issued plan: the province plan cited as the basis, the content items
/// and channels the coordinator ticks taken over.
/// </summary>
[Authorize(Policy = Policies.PlanEditor)]
public sealed class FromProvinceModel(LoaDbContext db, TimeProvider time) : PageModel
{
    public Plan Source { get; private set; } = null!;

    public PlanDocument Document { get; private set; } = null!;

    [BindProperty]
    public List<int> Contents { get; set; } = [];

    [BindProperty]
    public List<int> Channels { get; set; } = [];

    /// <summary>The year of the commune's plan: the province plan's year unless the officer chooses another.</summary>
    [BindProperty]
    [System.ComponentModel.DataAnnotations.Range(2020, 2100, ErrorMessage = "Năm kế hoạch phải trong khoảng 2020–2100.")]
    public int Year { get; set; }

    /// <summary>Ticked once the officer has read <see cref="Warnings"/>.</summary>
    [BindProperty]
    public bool Confirmed { get; set; }

    /// <summary>What the new plan must be confirmed past (<see cref="PlanCreationChecks"/>).</summary>
    public IReadOnlyList<string> Warnings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }

        Contents = Enumerable.Range(0, Document.Contents.Count).ToList();
        Channels = Enumerable.Range(0, Document.Channels.Count).ToList();
        Year = Source.Year;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var commune = await db.Communes.AsNoTracking().FirstAsync(c => c.Id == db.Scope.CommuneId);
        if (!Confirmed && await PlanCreationChecks.SameYearAsync(db, commune.ProvinceId, commune.Id, Year) is { } warning)
        {
            Warnings = [warning];
            return Page();
        }

        var units = await db.Units.AsNoTracking().Where(u => u.CommuneId == commune.Id).ToListAsync();
        var now = time.GetUtcNow().UtcDateTime;
        var plan = new Plan
        {
            ProvinceId = commune.ProvinceId,
            CommuneId = commune.Id,
            Year = Year,
            CreatedAt = now,
            UpdatedAt = now,
            SourcePlanId = Source.Id,
        };
        PlanMapper.Fill(plan, PlanDerivation.FromProvincePlan(Source, Document, commune, Year, Contents, Channels), new UnitMatcher(units, commune.Locality));
        db.Plans.Add(plan);
        await PlanVersioning.SaveAsync(db, plan, $"Tạo từ kế hoạch số {Source.Number} của tỉnh", now);
        TempData["Flash"] = "Đã tạo dự thảo từ kế hoạch của tỉnh, căn cứ đã ghi sẵn. Hãy bổ sung nhiệm vụ trọng tâm của xã, phường.";
        return Redirect($"/plans/details/{plan.Id}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        if (!PlanAccess.MayDraftFromProvincePlan(db.Scope))
        {
            return await this.DenyAsync("only a commune's coordinator drafts from the province's plan");
        }

        var source = await db.Plans.Visible(db.Scope).AsNoTracking().WithEverything()
            .FirstOrDefaultAsync(p => p.Id == id && p.CommuneId == null && p.Status == PlanStatus.Issued);
        if (source is null)
        {
            return await this.NotFoundAuditedAsync<Plan>(db, id);
        }

        Source = source;
        Document = PlanMapper.ToDocument(source);
        return null;
    }
}
