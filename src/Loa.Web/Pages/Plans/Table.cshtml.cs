using Loa.Data;
using Loa.Plans;
using Loa.Plans.Editing;
using Loa.Plans.Versions;
using Loa.Text;
using Loa.Units;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Plans;

/// <summary>
/// The whole task table of a draft edited in place: rows added, removed, moved, indented and their cells changed, all kept
/// in the form (each button re-renders it with the pending table) and saved together as one version of the plan.
/// Without JavaScript it is one form; with htmx only the table is swapped.
/// </summary>
[Authorize(Policy = Policies.PlanEditor)]
public sealed class TableModel(LoaDbContext db, TimeProvider time) : PageModel
{
    [BindProperty]
    public List<TaskRow> Rows { get; set; } = [];

    /// <summary>The plan's version the table was read from.</summary>
    [BindProperty]
    public int PlanVersion { get; set; }

    public Plan Plan { get; private set; } = null!;

    public IReadOnlyList<Unit> Units { get; private set; } = [];

    public TableProblems Problems { get; private set; } = new();

    /// <summary>Why the last button did nothing, or that the plan changed meanwhile.</summary>
    public string? Notice { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id, tracking: false) is { } refused)
        {
            return refused;
        }

        Rows = TaskTable.FromPlan(Plan);
        PlanVersion = Plan.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, string? op)
    {
        if (await LoadAsync(id, tracking: true) is { } refused)
        {
            return refused;
        }

        Rows = TaskTable.Normalise(Rows ?? []);
        ModelState.Clear();
        if (op != "save")
        {
            Notice = op is null or "keep" ? null : TaskTable.Apply(Rows, op);
            return Page();
        }

        if (Plan.Version != PlanVersion)
        {
            return Conflict();
        }

        var recorded = await db.Activities.Where(a => a.PlanId == Plan.Id).GroupBy(a => a.TaskId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count);
        var (removed, problems) = TaskTableSave.Apply(Plan, Rows, Units, new UnitMatcher(Units, Plan.IssuerLocality), recorded);
        if (problems.Any)
        {
            Problems = problems;
            return Page();
        }

        db.Tasks.RemoveRange(removed);
        var added = Plan.Tasks.Count(t => t.Id == 0);
        var changed = db.ChangeTracker.Entries<KeyTask>().Count(e => e.State == EntityState.Modified)
            + db.ChangeTracker.Entries<KeyTaskUnit>().Where(e => e.State != EntityState.Unchanged).Select(e => e.Entity.TaskId).Distinct().Count();
        if (!db.ChangeTracker.HasChanges())
        {
            return Done("Bảng nhiệm vụ không có thay đổi nào để lưu.");
        }

        db.Entry(Plan).Property(p => p.Version).OriginalValue = PlanVersion;
        try
        {
            var summary = $"Sửa bảng nhiệm vụ: thêm {added}, xóa {removed.Count}, sửa {Math.Max(0, changed)} dòng";
            await PlanVersioning.SaveAsync(db, Plan, summary, time.GetUtcNow().UtcDateTime);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            PlanVersion = await db.Plans.Where(p => p.Id == id).Select(p => p.Version).FirstAsync();
            return Conflict();
        }

        return Done("Đã lưu bảng nhiệm vụ.");
    }

    private IActionResult Done(string flash)
    {
        TempData["Flash"] = flash;
        var to = $"/plans/tasks/{Plan.Id}";
        if (Request.Headers.ContainsKey("HX-Request"))
        {
            Response.Headers["HX-Redirect"] = to;
            return new EmptyResult();
        }

        return Redirect(to);
    }

    /// <summary>Someone saved the plan meanwhile: say so, keep the table as typed, and let a second "Lưu" save it over theirs.</summary>
    private PageResult Conflict()
    {
        Notice = "Kế hoạch vừa được người khác sửa và lưu trong lúc bạn sửa bảng. Bảng của bạn chưa được lưu và vẫn giữ nguyên bên dưới: "
            + "hãy xem lại (hoặc mở lại trang để xem bản mới nhất), rồi bấm “Lưu bảng nhiệm vụ” lần nữa nếu vẫn muốn lưu bảng này.";
        PlanVersion = Plan.Version == PlanVersion ? PlanVersion : Plan.Version;
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(int id, bool tracking)
    {
        var plans = tracking ? db.Plans.AsQueryable() : db.Plans.AsNoTrackingWithIdentityResolution();
        var plan = await plans.Visible(db.Scope).WithTasks().FirstOrDefaultAsync(p => p.Id == id);
        if (plan is null)
        {
            return await this.NotFoundAuditedAsync<Plan>(db, id);
        }

        Plan = plan;
        if (!PlanAccess.MayEdit(db.Scope, plan))
        {
            return await this.DenyAsync($"edit plan {id}");
        }

        if (!plan.IsEditable())
        {
            return Redirect($"/plans/tasks/{id}");
        }

        Units = (await db.Units.AsNoTracking().Where(u => !u.IsArchived && u.CommuneId == plan.CommuneId).ToListAsync())
            .OrderBy(u => u.Kind).ThenBy(u => u.Name, VietnameseOrder.Instance).ToList();
        return null;
    }
}
