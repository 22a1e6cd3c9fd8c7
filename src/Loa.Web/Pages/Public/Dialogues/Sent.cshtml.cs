using Loa.Data;
using Loa.Dialogues;
using Loa.Web.Infrastructure.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Public.Dialogues;

/// <summary>The receipt after a question was sent: its number for the dialogue, and what happens next.</summary>
[NoStore]
public sealed class SentModel(LoaDbContext db) : PortalPageModel(db)
{
    public int? Number { get; private set; }

    public Dialogue? Item { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        await LoadProfileAsync();
        Item = await Db.Dialogues.AsNoTracking().Where(Dialogue.OnPortal)
            .FirstOrDefaultAsync(d => d.Id == id && d.CommuneId == Commune.Id, HttpContext.RequestAborted);
        if (Item is null)
        {
            return NotFound();
        }

        Number = TempData["QuestionNumber"] as int?;
        return Page();
    }
}
