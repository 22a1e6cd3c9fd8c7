using Loa.Data;
using Loa.Plans;
using Loa.Plans.Versions;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Plans;

/// <summary>What changed between two versions of a plan: added, removed and changed lines, changed words marked.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class CompareModel(LoaDbContext db) : PageModel
{
    public Plan Plan { get; private set; } = null!;

    public PlanVersion? From { get; private set; }

    public PlanVersion? To { get; private set; }

    public IReadOnlyList<DiffEntry> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, int? from, int? to)
    {
        var plan = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id);
        if (plan is null)
        {
            return await this.NotFoundAuditedAsync<Plan>(db, id);
        }

        Plan = plan;
        var versions = db.PlanVersions.AsNoTracking().Where(v => v.PlanId == id);
        To = to is { } t ? await versions.FirstOrDefaultAsync(v => v.Number == t) : await versions.OrderByDescending(v => v.Number).FirstOrDefaultAsync();
        From = from is { } f ? await versions.FirstOrDefaultAsync(v => v.Number == f)
            : To is null ? null : await versions.Where(v => v.Number < To.Number).OrderByDescending(v => v.Number).FirstOrDefaultAsync();
        if (From is not null && To is not null)
        {
            Changes = PlanDiff.Compare(PlanJson.Deserialize(From.Snapshot), PlanJson.Deserialize(To.Snapshot));
        }

        return Page();
    }
}
