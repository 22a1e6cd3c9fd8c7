using Loa.Data;
using Loa.Dialogues;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Dialogues;

/// <summary>The commune's dialogues and conferences, upcoming first, then the past ones, newest first.</summary>
[Authorize(Policy = Policies.CommuneStaff)]
public sealed class IndexModel(LoaDbContext db, TimeProvider time) : PageModel
{
    public sealed record Row(Dialogue Dialogue, int Questions);

    public IReadOnlyList<Row> Upcoming { get; private set; } = [];

    public IReadOnlyList<Row> Past { get; private set; } = [];

    public bool MayPrepare => DialogueAccess.MayPrepare(db.Scope.Role);

    public async Task OnGetAsync()
    {
        var now = time.GetUtcNow().UtcDateTime;
        var rows = await db.Dialogues.AsNoTracking().Where(d => d.CommuneId == db.Scope.CommuneId)
            .Select(d => new { Dialogue = d, Questions = db.DialogueQuestions.Count(q => q.DialogueId == d.Id) })
            .ToListAsync(HttpContext.RequestAborted);
        var all = rows.Select(r => new Row(r.Dialogue, r.Questions)).ToList();
        static bool Open(Dialogue d) => d.Status is DialogueStatus.Scheduled or DialogueStatus.Announced;
        Upcoming = [.. all.Where(r => Open(r.Dialogue) && r.Dialogue.StartsAt >= now.AddDays(-1)).OrderBy(r => r.Dialogue.StartsAt)];
        Past = [.. all.Except(Upcoming).OrderByDescending(r => r.Dialogue.StartsAt)];
    }
}
