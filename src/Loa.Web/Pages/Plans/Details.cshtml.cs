using Loa.Data;
using Loa.Documents;
using Loa.Domain;
using Loa.Notifications;
using Loa.Plans;
using Loa.Plans.Progress;
using Loa.Plans.Versions;
using Loa.Text;
using Loa.Units;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Loa.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Plans;

/// <summary>
/// The plan page: its header, its life (submit, approve, return), and the progress of every task — quantity
/// done against the target, time elapsed against the timeframe, late tasks marked — filterable by unit.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DetailsModel(
    LoaDbContext db, TimeProvider time, AuditLog audit, Infrastructure.Portal.PortalDirectory directory, Infrastructure.Reads.CommuneReads reads) : PageModel
{
    public Plan Plan { get; private set; } = null!;

    /// <summary>The plan's text as its .docx sets it: the content items, channels, funding and duties the plan keeps in its lists included.</summary>
    public IReadOnlyList<PlanTextLine> FullText { get; private set; } = [];

    public Dictionary<int, TaskProgress> Progress { get; private set; } = [];

    public IReadOnlyList<Unit> Units { get; private set; } = [];

    public IReadOnlyList<RecentActivity> Recent { get; private set; } = [];

    public string CommuneName { get; private set; } = "";

    public int? UnitFilter { get; private set; }

    public bool LateOnly { get; private set; }

    public DateOnly Today { get; private set; }

    public bool MayEdit { get; private set; }

    public bool MayDelete { get; private set; }

    public bool MayApprove { get; private set; }

    /// <summary>For a commune plan, the units' own plans under it; for a unit plan, its commune plan.</summary>
    public IReadOnlyList<(int Id, string Title, PlanStatus Status)> Related { get; private set; } = [];

    /// <summary>The plan this one amends, and the plans that amend it (for the amendment panel).</summary>
    public PlanLink? Amended { get; private set; }

    public IReadOnlyList<PlanLink> Amendments { get; private set; } = [];

    [BindProperty]
    public string? ReturnComment { get; set; }

    [BindProperty]
    public int Version { get; set; }

    public IEnumerable<KeyTask> VisibleTasks => Plan.Tasks
        .Where(t => UnitFilter is null || t.Units.Any(u => u.UnitId == UnitFilter) || t.Children.Any(c => c.Units.Any(u => u.UnitId == UnitFilter)))
        .Where(t => !LateOnly || Progress.GetValueOrDefault(t.Id)?.IsLate == true);

    public async Task<IActionResult> OnGetAsync(int id, int? unit, bool late = false)
    {
        UnitFilter = unit;
        LateOnly = late;
        if (!await LoadAsync(id))
        {
            return await this.NotFoundAuditedAsync<Plan>(db, id);
        }

        return Page();
    }

    /// <summary>The plan's documents of record (issued PDF awaiting signature, or signed).</summary>
    public IReadOnlyList<Loa.Documents.Records.OfficialDocument> OfficialDocuments { get; private set; } = [];

    public Task<IActionResult> OnPostSubmitAsync(int id) =>
        ChangeAsync(
            id,
            Policies.PlanEditor,
            PlanAccess.MayEdit,
            PlanStep.Submitted,
            "submit",
            plan => PlanWorkflow.Submit(plan, time.GetUtcNow().UtcDateTime),
            _ => "Trình lãnh đạo duyệt",
            "Đã trình kế hoạch để lãnh đạo duyệt.");

    public Task<IActionResult> OnPostApproveAsync(int id) =>
        ChangeAsync(
            id,
            Policies.PlanApprover,
            PlanAccess.MayApprove,
            PlanStep.Approved,
            "approve",
            plan => PlanWorkflow.Approve(plan, User.UserId()!, time.GetUtcNow().UtcDateTime),
            _ => "Lãnh đạo duyệt",
            "Đã duyệt kế hoạch. Bước tiếp theo: ban hành (cấp số, ngày).");

    public Task<IActionResult> OnPostReturnAsync(int id) =>
        ChangeAsync(
            id,
            Policies.PlanApprover,
            PlanAccess.MayApprove,
            PlanStep.Returned,
            "return",
            plan => PlanWorkflow.Return(plan, ReturnComment),
            plan => $"Trả lại: {plan.ReturnComment}",
            "Đã trả lại kế hoạch cho cán bộ đầu mối.");

    public async Task<IActionResult> OnPostDeleteAsync(int id, bool confirm)
    {
        var plan = await db.Plans.Visible(db.Scope).Include(p => p.Sections).WithTasks().FirstOrDefaultAsync(p => p.Id == id);
        if (plan is null)
        {
            return await this.NotFoundAuditedAsync<Plan>(db, id);
        }

        if (!PlanAccess.MayDelete(db.Scope, plan))
        {
            return await this.DenyAsync($"delete plan {id}");
        }

        if (!confirm)
        {
            TempData["Flash"] = "Chưa xóa: hãy đánh dấu ô xác nhận trước khi bấm Xóa dự thảo.";
            return RedirectToPage(new { id });
        }

        if (await db.Plans.AnyAsync(p => p.ParentPlanId == id))
        {
            TempData["Flash"] = "Không xóa được: đã có kế hoạch của đơn vị lập theo dự thảo này.";
            return RedirectToPage(new { id });
        }

        var taskIds = plan.Tasks.Select(t => t.Id).ToList();
        if (await db.Articles.AnyAsync(a => a.TaskId != null && taskIds.Contains(a.TaskId.Value))
            || await db.Surveys.AnyAsync(v => v.TaskId != null && taskIds.Contains(v.TaskId.Value)))
        {
            TempData["Flash"] = "Không xóa được: có bài viết hoặc khảo sát, cuộc thi đang gắn với nhiệm vụ của dự thảo này. Hãy bỏ gắn trước.";
            return RedirectToPage(new { id });
        }

        db.Entry(plan).Property(p => p.Version).OriginalValue = Version;
        // Tasks and sections nest (a row under another): removed here so that the children go before their parents.
        db.Tasks.RemoveRange(plan.Tasks);
        db.Sections.RemoveRange(plan.Sections);
        db.Plans.Remove(plan);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Flash"] = Conflicts.Message("Kế hoạch");
            return RedirectToPage(new { id });
        }

        TempData["Flash"] = $"Đã xóa dự thảo “{plan.Title}”.";
        return Redirect("/plans");
    }

    private async Task<IActionResult> ChangeAsync(
        int id,
        string policy,
        Func<TenantScope, Plan, bool> allowed,
        PlanStep step,
        string action,
        Func<Plan, string?> change,
        Func<Plan, string> summary,
        string done)
    {
        if (await this.RequirePolicyAsync(policy) is { } denied)
        {
            return denied;
        }

        var plan = await db.Plans.Visible(db.Scope).WithTasks().FirstOrDefaultAsync(p => p.Id == id);
        if (plan is null)
        {
            return await this.NotFoundAuditedAsync<Plan>(db, id);
        }

        if (!allowed(db.Scope, plan))
        {
            return await this.DenyAsync($"{action} plan {id}");
        }

        if (plan.Version != Version)
        {
            TempData["Flash"] = Conflicts.Message("Kế hoạch");
            return RedirectToPage(new { id });
        }

        if (change(plan) is { } refusal)
        {
            await LoadAsync(id);
            ModelState.AddModelError(string.Empty, refusal);
            return Page();
        }

        try
        {
            await PlanNotifications.AddAsync(db, plan, step, time.GetUtcNow().UtcDateTime);
            await PlanVersioning.SaveAsync(db, plan, summary(plan), time.GetUtcNow().UtcDateTime);
        }
        catch (DbUpdateConcurrencyException)
        {
            TempData["Flash"] = Conflicts.Message("Kế hoạch");
            return RedirectToPage(new { id });
        }

        await audit.WriteAsync(action, succeeded: true, nameof(Plan), id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        TempData["Flash"] = done;
        return RedirectToPage(new { id });
    }

    private async Task<bool> LoadAsync(int id)
    {
        var cancellationToken = HttpContext.RequestAborted;
        if (await PlanQueries.OwnerIfVisibleAsync(db, id, cancellationToken) is not { } access)
        {
            return false;
        }

        // A commune's plan: what everyone allowed to see it sees alike, kept per the commune's stamp (decision record 42);
        // a province's plan is read afresh (the communes' plans under it differ by who reads).
        var page = access.CommuneId is { } communeId
            ? await reads.GetAsync(communeId, $"plan-page:{id}", today => PlanPage.LoadAsync(db, id, today, cancellationToken), cancellationToken)
            : await PlanPage.LoadAsync(db, id, VietnamTime.Today(time), cancellationToken);
        if (page is null)
        {
            return false;
        }

        var plan = page.Plan;
        Plan = plan;
        FullText = page.FullText;
        Version = plan.Version;
        MayEdit = PlanAccess.MayEdit(db.Scope, plan);
        MayDelete = PlanAccess.MayDelete(db.Scope, plan);
        MayApprove = PlanAccess.MayApprove(db.Scope, plan);
        var linked = page.Linked;
        var visible = db.Scope.CommuneId is null ? linked : linked.Where(p => p.CommuneId != null || p.Status == PlanStatus.Issued).ToList();
        Related = visible.Where(p => p.ParentPlanId == id || p.Id == plan.ParentPlanId)
            .OrderBy(p => p.Title, StringComparer.Ordinal).Select(r => (r.Id, r.Title, r.Status)).ToList();
        Amended = linked.FirstOrDefault(p => p.Id == plan.AmendsPlanId);
        Amendments = linked.Where(p => p.AmendsPlanId == id).OrderBy(p => p.Id).ToList();
        (Today, Progress, OfficialDocuments) = (page.Today, page.Progress, page.Documents);
        Units = page.Units;
        // The names of the official list, held in memory by the directory (no query).
        CommuneName = await directory.NameAsync(plan.ProvinceId, plan.CommuneId, cancellationToken);
        Recent = UnitFilter is null ? page.Recent : await PlanPage.RecentAsync(db, id, UnitFilter, cancellationToken);
        return true;
    }

    public sealed record PlanLink(
        int Id, string Title, PlanStatus Status, string? Number, DateOnly? IssuedOn, int? CommuneId, int? ParentPlanId, int? AmendsPlanId);

    public sealed record RecentActivity(int Id, DateOnly Date, string Title, string? TaskLabel, string Unit, int Quantity, int Files);
}
