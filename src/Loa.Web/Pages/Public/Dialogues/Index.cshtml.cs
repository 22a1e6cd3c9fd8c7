using Loa.Data;
using Loa.Dialogues;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Public.Dialogues;

/// <summary>The commune's dialogues and conferences on its portal: the upcoming ones (taking questions) and the past ones.</summary>
public sealed class IndexModel(LoaDbContext db, TimeProvider time) : PortalPageModel(db)
{
    public IReadOnlyList<Dialogue> Upcoming { get; private set; } = [];

    public IReadOnlyList<Dialogue> Past { get; private set; } = [];

    public DateTime Now { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadProfileAsync();
        Now = time.GetUtcNow().UtcDateTime;
        var all = await Db.Dialogues.AsNoTracking().Where(d => d.CommuneId == Commune.Id).Where(Dialogue.OnPortal)
            .OrderByDescending(d => d.StartsAt).Take(200).ToListAsync(HttpContext.RequestAborted);
        Upcoming = [.. all.Where(d => d.Status == DialogueStatus.Announced && d.StartsAt > Now).OrderBy(d => d.StartsAt)];
        Past = [.. all.Except(Upcoming)];
        return Page();
    }
}
