using Loa.Data;
using Loa.Plans;
using Loa.Plans.Amendments;
using Loa.Plans.Versions;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Plans;

/// <summary>
/// Starts an amendment of an issued plan ("Kế hoạch điều chỉnh, bổ sung"): a draft copy that will get its own number and
/// date; the issued plan stays in force until the amendment is issued (ADR 0027).
/// </summary>
[Authorize(Policy = Policies.PlanEditor)]
public sealed class AmendModel(LoaDbContext db, TimeProvider time) : PageModel
{
    public Plan Plan { get; private set; } = null!;

    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } answer)
        {
            return answer;
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } answer)
        {
            return answer;
        }

        if (Refusal is not null)
        {
            return Page();
        }

        var now = time.GetUtcNow().UtcDateTime;
        var amendment = PlanAmendment.Start(Plan, now);
        db.Plans.Add(amendment);
        await PlanVersioning.SaveAsync(db, amendment, $"Bắt đầu điều chỉnh, bổ sung Kế hoạch số {Plan.Number}", now);
        TempData["Flash"] = "Đã tạo dự thảo kế hoạch điều chỉnh, bổ sung. Hãy sửa bảng nhiệm vụ và nội dung cần điều chỉnh, rồi trình duyệt như một kế hoạch.";
        return Redirect($"/plans/table/{amendment.Id}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var plan = await db.Plans.Visible(db.Scope).AsNoTrackingWithIdentityResolution().WithEverything().FirstOrDefaultAsync(p => p.Id == id);
        if (plan is null)
        {
            return await this.NotFoundAuditedAsync<Plan>(db, id);
        }

        Plan = plan;
        if (!PlanAccess.MayEdit(db.Scope, plan))
        {
            return await this.DenyAsync($"amend plan {id}");
        }

        var open = await db.Plans.Where(p => p.AmendsPlanId == id && p.Status != PlanStatus.Issued && p.Status != PlanStatus.Superseded)
            .Select(p => (int?)p.Id).FirstOrDefaultAsync();
        if (open is { } openId && plan.Status == PlanStatus.Issued)
        {
            TempData["Flash"] = "Kế hoạch này đang có một kế hoạch điều chỉnh, bổ sung chưa ban hành: tiếp tục soạn kế hoạch đó.";
            return Redirect($"/plans/details/{openId}");
        }

        Refusal = PlanAmendment.Refusal(db.Scope, plan, open);
        return null;
    }
}
