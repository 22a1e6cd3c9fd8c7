using Loa.Data;
using Loa.Plans;
using Loa.Plans.Amendments;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Plans;

/// <summary>What an amending plan changes in the task table of the plan it amends: tasks added, removed and changed, field by field.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ChangesModel(LoaDbContext db) : PageModel
{
    public Plan Plan { get; private set; } = null!;

    public Plan Amended { get; private set; } = null!;

    public List<TaskChange> Changes { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var plan = await db.Plans.Visible(db.Scope).AsNoTrackingWithIdentityResolution().WithTasks().FirstOrDefaultAsync(p => p.Id == id);
        if (plan is null)
        {
            return await this.NotFoundAuditedAsync<Plan>(db, id);
        }

        var amended = plan.AmendsPlanId is { } was
            ? await db.Plans.Visible(db.Scope).AsNoTrackingWithIdentityResolution().WithTasks().FirstOrDefaultAsync(p => p.Id == was)
            : null;
        if (amended is null)
        {
            return Redirect($"/plans/details/{id}");
        }

        (Plan, Amended) = (plan, amended);
        Changes = AmendmentChanges.Compare(amended.Tasks, plan.Tasks);
        return Page();
    }
}
