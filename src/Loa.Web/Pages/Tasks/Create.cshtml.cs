using Loa.Data;
using Loa.Plans;
using Loa.Plans.Versions;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Loa.Web.Pages.Tasks;

/// <summary>Adds a task (or a sub-row of a task) to a draft plan.</summary>
[Authorize(Policy = Policies.PlanEditor)]
public sealed class CreateModel(LoaDbContext db, TimeProvider time) : PageModel, ITaskPage
{
    private readonly TaskEditing editing = new(db);

    [BindProperty]
    public TaskForm Task { get; set; } = new();

    public TaskEditing Editing => editing;

    public async Task<IActionResult> OnGetAsync(int planId, int? parentId)
    {
        if (!await editing.LoadAsync(planId))
        {
            return await this.NotFoundAuditedAsync<Plan>(db, planId);
        }

        if (!PlanAccess.MayEdit(db.Scope, editing.Plan!))
        {
            return await this.DenyAsync($"edit plan {editing.Plan!.Id}");
        }

        if (!editing.Plan!.IsEditable())
        {
            return Redirect($"/plans/details/{planId}");
        }

        var siblings = editing.Plan!.Tasks.Count(t => t.ParentId == parentId);
        var parent = editing.MainTasks.FirstOrDefault(t => t.Id == parentId);
        Task = new TaskForm
        {
            ParentId = parent?.Id,
            Position = (siblings + 1) * 10,
            Label = parent is null ? (siblings + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{parent.Label}.{siblings + 1}",
            Timeframe = $"Trong năm {editing.Plan!.Year}",
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int planId)
    {
        if (!await editing.LoadAsync(planId))
        {
            return await this.NotFoundAuditedAsync<Plan>(db, planId);
        }

        var plan = editing.Plan!;
        if (!PlanAccess.MayEdit(db.Scope, editing.Plan!))
        {
            return await this.DenyAsync($"edit plan {editing.Plan!.Id}");
        }

        if (!plan.IsEditable())
        {
            return Redirect($"/plans/details/{planId}");
        }

        Task.Validate(ModelState, editing.Units, editing.MainTasks, null);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var task = new KeyTask { ProvinceId = plan.ProvinceId, CommuneId = plan.CommuneId };
        var commune = plan.IssuerLocality;
        Task.ApplyTo(task, editing.Units, new UnitMatcher(editing.Units, commune));
        plan.Tasks.Add(task);
        editing.PlaceAmongSiblings(task, Task.Position);
        await PlanVersioning.SaveAsync(db, plan, $"Thêm nhiệm vụ {task.Label}", time.GetUtcNow().UtcDateTime);
        TempData["Flash"] = "Đã thêm nhiệm vụ.";
        return Redirect($"/plans/tasks/{planId}");
    }
}
