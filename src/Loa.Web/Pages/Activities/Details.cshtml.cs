using Loa.Activities;
using Loa.Data;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Activities;

/// <summary>One recorded activity with its evidence.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DetailsModel(LoaDbContext db) : PageModel
{
    public Activity Activity { get; private set; } = null!;

    public string UnitName { get; private set; } = "";

    public string RecordedBy { get; private set; } = "";

    public string PlanTitle { get; private set; } = "";

    public bool CanChange { get; private set; }

    /// <summary>The article or survey the activity is kept for, if it is not recorded by hand.</summary>
    public ActivitySource Source { get; private set; } = ActivitySource.Recorded;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var activity = await db.Activities.AsNoTracking().Include(a => a.Files).Include(a => a.Task).FirstOrDefaultAsync(a => a.Id == id);
        if (activity is null)
        {
            return await this.NotFoundAuditedAsync<Activity>(db, id);
        }

        Activity = activity;
        UnitName = await db.Units.Where(u => u.Id == activity.UnitId).Select(u => u.Name).FirstAsync();
        RecordedBy = await db.Users.Where(u => u.Id == activity.RecordedById).Select(u => u.FullName).FirstOrDefaultAsync() ?? "";
        PlanTitle = await db.Plans.Where(p => p.Id == activity.PlanId).Select(p => p.Title).FirstAsync();
        Source = await ActivitySource.OfAsync(db, id);
        CanChange = ActivityAccess.RefusalToChange(db.Scope, activity, Source) is null;
        return Page();
    }
}
