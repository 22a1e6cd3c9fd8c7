using Loa.Data;
using Loa.Plans;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Plans;

/// <summary>The key-task table of a draft plan, with links to edit each task and to add tasks and sub-rows.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class TasksModel(LoaDbContext db) : PageModel
{
    public Plan Plan { get; private set; } = null!;

    public bool MayEdit { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var plan = await db.Plans.Visible(db.Scope).AsNoTrackingWithIdentityResolution().WithTasks().FirstOrDefaultAsync(p => p.Id == id);
        if (plan is null)
        {
            return await this.NotFoundAuditedAsync<Plan>(db, id);
        }

        Plan = plan;
        MayEdit = PlanAccess.MayEdit(db.Scope, plan);
        return Page();
    }
}
