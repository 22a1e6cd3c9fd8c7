using System.Globalization;
using Loa.Data;
using Loa.Dialogues;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Loa.Web.Pages.Dialogues;

/// <summary>The coordinator schedules a dialogue or conference: subject, kind, day and hour, place or link, the chair, the task.</summary>
[Authorize(Policy = Policies.CommuneStaff)]
public sealed class CreateModel(LoaDbContext db, TimeProvider time, AuditLog audit) : PageModel
{
    [BindProperty]
    public DialogueSchedule Input { get; set; } = new();

    public ScheduleForm Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync()
    {
        if (!DialogueAccess.MayPrepare(db.Scope.Role))
        {
            return await this.DenyAsync("dialogue create");
        }

        Input.Date = Domain.VietnamTime.Today(time).AddDays(14);
        Input.Time = new TimeOnly(8, 0);
        await LoadFormAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!DialogueAccess.MayPrepare(db.Scope.Role))
        {
            return await this.DenyAsync("dialogue create");
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

        var commune = await db.Communes.FindAsync([db.Scope.CommuneId!.Value], HttpContext.RequestAborted);
        var dialogue = new Dialogue
        {
            ProvinceId = commune!.ProvinceId,
            CommuneId = commune.Id,
            Status = DialogueStatus.Scheduled,
            CreatedAt = now,
            CreatedById = db.Scope.UserId!,
        };
        Input.ApplyTo(dialogue, Form.Leaders.First(l => l.Id == Input.ChairId).Name);
        db.Dialogues.Add(dialogue);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        await audit.WriteAsync("schedule", succeeded: true, nameof(Dialogue), dialogue.Id.ToString(CultureInfo.InvariantCulture), dialogue.Kind.ToString());
        TempData["Flash"] = "Đã lên lịch. Bấm “Thông báo trên cổng thông tin” để người dân biết và gửi câu hỏi.";
        return Redirect($"/dialogues/details/{dialogue.Id}");
    }

    private async Task LoadFormAsync()
    {
        var communeId = db.Scope.CommuneId!.Value;
        var leaders = await DialogueQueries.LeadersAsync(db, communeId, HttpContext.RequestAborted);
        Form = new ScheduleForm(Input, leaders, await DialogueQueries.TasksAsync(db, communeId, HttpContext.RequestAborted));
    }
}
