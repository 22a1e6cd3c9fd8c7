using Loa.Data;
using Loa.Plans;
using Loa.Plans.Versions;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Loa.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Plans;

/// <summary>The body of a draft plan: its parts (I, 1, a …) with headings and paragraphs, edited as rows with a level.</summary>
[Authorize(Policy = Policies.PlanEditor)]
public sealed class BodyModel(LoaDbContext db, TimeProvider time) : PageModel
{
    private const int BlankRows = 3;

    [BindProperty]
    public List<SectionRow> Rows { get; set; } = [];

    [BindProperty]
    public int Version { get; set; }

    public int PlanId { get; private set; }

    public string Title { get; private set; } = "";

    public static IReadOnlyList<(string? Value, string Label)> Roles { get; } =
    [
        (null, "—"),
        (Loa.Plans.SectionRoles.Preamble, "Mở đầu (căn cứ)"),
        (Loa.Plans.SectionRoles.Purpose, "Mục đích, yêu cầu"),
        (Loa.Plans.SectionRoles.Audience, "Đối tượng"),
        (Loa.Plans.SectionRoles.Contents, "Nội dung tuyên truyền"),
        (Loa.Plans.SectionRoles.Channels, "Hình thức tuyên truyền"),
        (Loa.Plans.SectionRoles.Tasks, "Nhiệm vụ trọng tâm"),
        (Loa.Plans.SectionRoles.Funding, "Kinh phí"),
        (Loa.Plans.SectionRoles.Implementation, "Tổ chức thực hiện"),
        (Loa.Plans.SectionRoles.Closing, "Kết thúc"),
    ];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var plan = await LoadAsync(id);
        if (plan is null)
        {
            return await this.NotFoundAuditedAsync<Plan>(db, id);
        }

        if (!PlanAccess.MayEdit(db.Scope, plan))
        {
            return await this.DenyAsync($"edit plan {plan.Id}");
        }

        if (!plan.IsEditable())
        {
            return Redirect($"/plans/details/{id}");
        }

        Rows = SectionRow.Flatten(plan.Sections.Where(s => s.ParentId is null));
        Version = plan.Version;
        AddBlankRows();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var plan = await LoadAsync(id);
        if (plan is null)
        {
            return await this.NotFoundAuditedAsync<Plan>(db, id);
        }

        if (!PlanAccess.MayEdit(db.Scope, plan))
        {
            return await this.DenyAsync($"edit plan {plan.Id}");
        }

        if (!plan.IsEditable())
        {
            return Redirect($"/plans/details/{id}");
        }

        var (sections, problems) = SectionRow.Build(Rows);
        problems.ForEach(p => ModelState.AddModelError(string.Empty, p));
        if (!ModelState.IsValid)
        {
            AddBlankRows();
            return Page();
        }

        db.Entry(plan).Property(p => p.Version).OriginalValue = Version;
        db.Sections.RemoveRange(plan.Sections);
        plan.Sections = sections;
        try
        {
            await PlanVersioning.SaveAsync(db, plan, "Sửa nội dung", time.GetUtcNow().UtcDateTime);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, Conflicts.Message("Kế hoạch"));
            AddBlankRows();
            return Page();
        }

        TempData["Flash"] = "Đã lưu nội dung kế hoạch.";
        return Redirect($"/plans/details/{id}");
    }

    private void AddBlankRows()
    {
        var next = Rows.Count == 0 ? 10 : Rows.Max(r => r.Position) + 10;
        Rows.AddRange(Enumerable.Range(0, BlankRows).Select(i => new SectionRow { Position = next + (i * 10), Level = 1 }));
    }

    private async Task<Plan?> LoadAsync(int id)
    {
        PlanId = id;
        var plan = await db.Plans.Include(p => p.Sections).FirstOrDefaultAsync(p => p.Id == id);
        Title = plan?.Title ?? "";
        return plan;
    }
}
