using Loa.Data;
using Loa.Plans;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Plans;

/// <summary>Every saved state of a plan, newest first, with a choice of two to compare.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class VersionsModel(LoaDbContext db) : PageModel
{
    public Plan Plan { get; private set; } = null!;

    public IReadOnlyList<Row> Versions { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var plan = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id);
        if (plan is null)
        {
            return await this.NotFoundAuditedAsync<Plan>(db, id);
        }

        Plan = plan;
        Versions = await db.PlanVersions.AsNoTracking().Where(v => v.PlanId == id)
            .OrderByDescending(v => v.Number)
            .Select(v => new Row(v.Number, v.CreatedAt, v.UserName, v.Summary, v.Status))
            .ToListAsync();
        return Page();
    }

    public sealed record Row(int Number, DateTime CreatedAt, string? UserName, string Summary, PlanStatus Status);
}
