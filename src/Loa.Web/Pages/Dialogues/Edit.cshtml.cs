using System.Globalization;
using Loa.Data;
using Loa.Dialogues;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Loa.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Dialogues;

/// <summary>The coordinator changes a dialogue before it is held (subject, time, place, chair, task); a stale form is refused.</summary>
[Authorize(Policy = Policies.CommuneStaff)]
public sealed class EditModel(LoaDbContext db, TimeProvider time, AuditLog audit) : PageModel
{
    [BindProperty]
    public DialogueSchedule Input { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    public Dialogue Item { get; private set; } = null!;

    public ScheduleForm Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } answer)
        {
            return answer;
        }

        Input = DialogueSchedule.Of(Item);
        Version = Item.Version;
        await LoadFormAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await LoadAsync(id) is { } answer)
        {
            return answer;
        }

        await LoadFormAsync();
        var now = time.GetUtcNow().UtcDateTime;
        foreach (var (field, message) in Input.Problems([.. Form.Leaders.Select(l => l.Id)], [.. Form.Tasks.Select(t => t.Id)], now))
        {
            ModelState.AddModelError($"Input.{field}", message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var tracked = await db.Dialogues.FirstAsync(d => d.Id == id, HttpContext.RequestAborted);
        db.Entry(tracked).Property(d => d.Version).OriginalValue = Version;
        Input.ApplyTo(tracked, Form.Leaders.First(l => l.Id == Input.ChairId).Name);
        try
        {
            await db.SaveChangesAsync(HttpContext.RequestAborted);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, Conflicts.Message("Cuộc đối thoại, hội nghị này"));
            return Page();
        }

        await audit.WriteAsync("update", succeeded: true, nameof(Dialogue), id.ToString(CultureInfo.InvariantCulture), null);
        TempData["Flash"] = "Đã lưu thay đổi.";
        return Redirect($"/dialogues/details/{id}");
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var found = await DialogueQueries.FindAsync(db, id, tracked: false, HttpContext.RequestAborted);
        if (found is null || !DialogueAccess.MaySee(db.Scope.Role))
        {
            return await this.NotFoundAuditedAsync<Dialogue>(db, id);
        }

        Item = found;
        if (!DialogueWorkflow.May(DialogueStep.Edit, db.Scope.Role, found, time.GetUtcNow().UtcDateTime))
        {
            return DialogueWorkflow.MayEver(DialogueStep.Edit, db.Scope.Role)
                ? await this.RefuseAsync<Dialogue>(id, DialogueWorkflow.Refusal(DialogueStep.Edit, found, time.GetUtcNow().UtcDateTime))
                : await this.DenyAsync("dialogue edit");
        }

        return null;
    }

    private async Task LoadFormAsync()
    {
        var communeId = db.Scope.CommuneId!.Value;
        var leaders = await DialogueQueries.LeadersAsync(db, communeId, HttpContext.RequestAborted);
        Form = new ScheduleForm(Input, leaders, await DialogueQueries.TasksAsync(db, communeId, HttpContext.RequestAborted));
    }
}
