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

namespace Loa.Web.Pages.Tasks;

/// <summary>Edits or deletes one task of a draft plan; two people editing it at once cannot overwrite each other.</summary>
[Authorize(Policy = Policies.PlanEditor)]
public sealed class EditModel(LoaDbContext db, TimeProvider time) : PageModel, ITaskPage
{
    private readonly TaskEditing editing = new(db);

    [BindProperty]
    public TaskForm Task { get; set; } = new();

    public TaskEditing Editing => editing;

    public int TaskId { get; private set; }

    public int ActivityCount { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var task = await LoadAsync(id);
        if (task is null)
        {
            return await this.NotFoundAuditedAsync<KeyTask>(db, id);
        }

        if (!PlanAccess.MayEdit(db.Scope, editing.Plan!))
        {
            return await this.DenyAsync($"edit plan {editing.Plan!.Id}");
        }

        if (!editing.Plan!.IsEditable())
        {
            return Redirect($"/plans/details/{editing.Plan!.Id}");
        }

        Task = TaskForm.From(task);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var task = await LoadAsync(id);
        if (task is null)
        {
            return await this.NotFoundAuditedAsync<KeyTask>(db, id);
        }

        var plan = editing.Plan!;
        if (!PlanAccess.MayEdit(db.Scope, editing.Plan!))
        {
            return await this.DenyAsync($"edit plan {editing.Plan!.Id}");
        }

        if (!plan.IsEditable())
        {
            return Redirect($"/plans/details/{plan.Id}");
        }

        Task.Validate(ModelState, editing.Units, editing.MainTasks, task.Id);
        if (task.Children.Count > 0 && Task.ParentId is not null)
        {
            ModelState.AddModelError("Task.ParentId", "Nhiệm vụ này đang có nội dung con nên không thể làm nội dung con của nhiệm vụ khác.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        db.Entry(task).Property(t => t.Version).OriginalValue = Task.Version;
        Task.ApplyTo(task, editing.Units, new UnitMatcher(editing.Units, plan.IssuerLocality));
        editing.PlaceAmongSiblings(task, Task.Position);
        try
        {
            await PlanVersioning.SaveAsync(db, plan, $"Sửa nhiệm vụ {task.Label}", time.GetUtcNow().UtcDateTime);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, Conflicts.Message("Nhiệm vụ này"));
            return Page();
        }

        TempData["Flash"] = "Đã lưu nhiệm vụ.";
        return Redirect($"/plans/tasks/{plan.Id}");
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id)
    {
        var task = await LoadAsync(id);
        if (task is null)
        {
            return await this.NotFoundAuditedAsync<KeyTask>(db, id);
        }

        var plan = editing.Plan!;
        if (!PlanAccess.MayEdit(db.Scope, editing.Plan!))
        {
            return await this.DenyAsync($"edit plan {editing.Plan!.Id}");
        }

        if (!plan.IsEditable())
        {
            return Redirect($"/plans/details/{plan.Id}");
        }

        if (ActivityCount > 0 || task.Children.Count > 0)
        {
            Task = TaskForm.From(task);
            ModelState.AddModelError(string.Empty, task.Children.Count > 0
                ? "Nhiệm vụ có nội dung con: hãy xóa các nội dung con trước."
                : $"Nhiệm vụ đã có {ActivityCount} hoạt động được ghi nhận nên không xóa được.");
            return Page();
        }

        db.Tasks.Remove(task);
        await PlanVersioning.SaveAsync(db, plan, $"Xóa nhiệm vụ {task.Label}", time.GetUtcNow().UtcDateTime);
        TempData["Flash"] = "Đã xóa nhiệm vụ.";
        return Redirect($"/plans/tasks/{plan.Id}");
    }

    private async Task<KeyTask?> LoadAsync(int id)
    {
        TaskId = id;
        var planId = await db.Tasks.Where(t => t.Id == id).Select(t => (int?)t.PlanId).FirstOrDefaultAsync();
        if (planId is null || !await editing.LoadAsync(planId.Value))
        {
            return null;
        }

        ActivityCount = await db.Activities.CountAsync(a => a.TaskId == id);
        return editing.Plan!.Tasks.First(t => t.Id == id);
    }
}
