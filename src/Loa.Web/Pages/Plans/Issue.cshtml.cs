using System.ComponentModel.DataAnnotations;
using Loa.Data;
using Loa.Domain;
using Loa.Notifications;
using Loa.Plans;
using Loa.Plans.Amendments;
using Loa.Plans.Versions;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Loa.Web.Infrastructure.Signing;
using Loa.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Plans;

/// <summary>The leader issues an approved plan: it gets its number and date, and its tasks open for recording.</summary>
[Authorize(Policy = Policies.PlanApprover)]
public sealed class IssueModel(LoaDbContext db, TimeProvider time, AuditLog audit, OfficialDocumentIssuer issuer) : PageModel
{
    [BindProperty]
    public IssueInput Input { get; set; } = new();

    public Plan Plan { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var plan = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id);
        if (plan is null)
        {
            return await this.NotFoundAuditedAsync<Plan>(db, id);
        }

        Plan = plan;
        if (!PlanAccess.MayApprove(db.Scope, plan))
        {
            return await this.DenyAsync($"issue plan {id}");
        }

        Input = new IssueInput { Version = plan.Version, Date = VietnamTime.Today(time) };
        return plan.Status == PlanStatus.Approved ? Page() : Redirect($"/plans/details/{id}");
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var plan = await db.Plans.FirstOrDefaultAsync(p => p.Id == id);
        if (plan is null)
        {
            return await this.NotFoundAuditedAsync<Plan>(db, id);
        }

        Plan = plan;
        if (!PlanAccess.MayApprove(db.Scope, plan))
        {
            return await this.DenyAsync($"issue plan {id}");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (PlanWorkflow.Issue(plan, Input.Number, Input.Date) is { } refusal)
        {
            ModelState.AddModelError(string.Empty, refusal);
            return Page();
        }

        var (moved, carryOver) = await PlanAmendment.CarryOverAsync(db, plan);
        if (carryOver is not null)
        {
            ModelState.AddModelError(string.Empty, carryOver);
            return Page();
        }

        db.Entry(plan).Property(p => p.Version).OriginalValue = Input.Version;
        try
        {
            await PlanNotifications.AddAsync(db, plan, PlanStep.Issued, time.GetUtcNow().UtcDateTime);
            await PlanVersioning.SaveAsync(db, plan, $"Ban hành, số {plan.Number}", time.GetUtcNow().UtcDateTime);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, Conflicts.Message("Kế hoạch"));
            return Page();
        }

        await audit.WriteAsync("issue", succeeded: true, nameof(Plan), id.ToString(System.Globalization.CultureInfo.InvariantCulture), plan.Number);
        TempData["Flash"] = $"Đã ban hành kế hoạch số {plan.Number}. Các đơn vị có thể ghi nhận kết quả thực hiện."
            + (plan.IsAmendment ? $" Kế hoạch cũ đã được thay thế; {moved} hoạt động đã ghi nhận được chuyển sang nhiệm vụ tương ứng." : "")
            + (await issuer.ForPlanAsync(id, db.Scope.UserId, HttpContext.RequestAborted) is { } noPdf ? " " + noPdf : "");
        return Redirect($"/plans/details/{id}");
    }

    public sealed class IssueInput
    {
        public int Version { get; set; }

        [Required(ErrorMessage = "Hãy nhập số văn bản.")]
        [StringLength(50, ErrorMessage = "Số văn bản dài quá 50 ký tự.")]
        public string? Number { get; set; }

        [Required(ErrorMessage = "Hãy nhập ngày ban hành.")]
        public DateOnly? Date { get; set; }
    }
}
