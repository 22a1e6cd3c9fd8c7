using Loa.Dashboards;
using Loa.Data;
using Loa.Domain;
using Loa.Domain.Accounts;
using Loa.Plans;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Dashboard;

/// <summary>
/// The commune's dashboard for one issued plan: how its tasks stand and have moved month by month, what each unit
/// did, activities by channel and content area, people reached, and what is late or due soon. Commune staff see
/// their commune's; a province officer opens any commune of the province from the province dashboard, the national officer
/// any commune from the ministry's (read-only: no links to the pages that change it).
/// </summary>
[Authorize(Policy = Policies.DashboardReader)]
public sealed class IndexModel(
    LoaDbContext db, TimeProvider time, Infrastructure.Reads.CommuneReads reads, Infrastructure.Portal.PortalDirectory directory) : PageModel
{
    public CommuneOverview? Overview { get; private set; }

    public string CommuneName { get; private set; } = "";

    /// <summary>The commune's issued plans, newest year first, to switch between years.</summary>
    public IReadOnlyList<(int Id, int Year)> IssuedPlans { get; private set; } = [];

    /// <summary>The commune's plans of the year that are not issued yet (shown when no plan is issued).</summary>
    public IReadOnlyList<Plan> Unissued { get; private set; } = [];

    public int? CommuneId { get; private set; }

    public bool IsProvince => db.Scope.Role == UserRole.ProvinceOfficer;

    /// <summary>The national officer (Bộ Nội vụ), who reads any commune and changes nothing.</summary>
    public bool IsNational => db.Scope.Role == UserRole.NationalOfficer;

    /// <summary>The commune's province (for the national officer's way back).</summary>
    public int ProvinceId { get; private set; }

    public string ProvinceName { get; private set; } = "";

    /// <summary>The first-run checklist, for a coordinator who has steps left and has not hidden it.</summary>
    public IReadOnlyList<FirstRunStep>? Checklist { get; private set; }

    /// <summary>Hides the first-run checklist, which only a coordinator is shown; anyone else is refused.</summary>
    public async Task<IActionResult> OnPostHideChecklistAsync()
    {
        if (db.Scope.Role != UserRole.Coordinator || db.Scope.UserId is not { } userId)
        {
            return await this.DenyAsync("only a coordinator has a first-run checklist to hide");
        }

        FirstRunCookie.Hide(Response, userId);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnGetAsync(int? plan, int? commune)
    {
        var today = VietnamTime.Today(time);
        var overseer = IsProvince || IsNational;
        if (!overseer && commune is { } asked && asked != db.Scope.CommuneId)
        {
            // Commune staff see their own commune only: another commune asked for by its id is not there for them.
            return await this.NotFoundAuditedAsync<Domain.Geography.Commune>(db, asked);
        }

        CommuneId = overseer ? commune : db.Scope.CommuneId;
        if (CommuneId is null)
        {
            // A province officer (or the national officer) without a commune chosen: their dashboard is where they start.
            return Redirect(IsNational ? "/ministry" : "/province");
        }

        // Who may see the commune is settled before anything is built or kept for it: a province officer's own province only.
        var communeId = CommuneId.Value;
        if (await directory.FindAsync(communeId, HttpContext.RequestAborted) is not { } listed || (IsProvince && listed.ProvinceId != db.Scope.ProvinceId))
        {
            return await this.NotFoundAuditedAsync<Domain.Geography.Commune>(db, communeId);
        }

        var page = await reads.GetAsync(
            communeId, $"dashboard:{communeId}:{plan}", day => DashboardPage.LoadAsync(db, communeId, plan, day, HttpContext.RequestAborted), HttpContext.RequestAborted);
        if (page is null || (IsProvince && page.ProvinceId != db.Scope.ProvinceId))
        {
            return await this.NotFoundAuditedAsync<Domain.Geography.Commune>(db, communeId);
        }

        (CommuneName, ProvinceId, ProvinceName) = (page.CommuneName, page.ProvinceId, page.ProvinceName);
        if (db.Scope.Role == UserRole.Coordinator && !FirstRunCookie.IsHidden(Request, db.Scope.UserId))
        {
            var facts = await FirstRunChecklist.LoadAsync(db, communeId, today.Year, time.GetUtcNow().UtcDateTime, HttpContext.RequestAborted);
            var steps = FirstRunChecklist.Steps(facts);
            Checklist = steps.All(s => s.Done) ? null : steps;
        }

        if (page.AskedPlanMissing)
        {
            return NotFound();
        }

        (IssuedPlans, Unissued, Overview) = (page.IssuedPlans, page.Unissued, page.Overview);
        return Page();
    }
}
