using Loa.Data;
using Loa.Surveys;
using Loa.Web.Infrastructure.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Public.Surveys;

/// <summary>The commune's surveys and contests open now, and the ended ones whose results are public; for a commune not in service, the notice.</summary>
[PortalIntake]
public sealed class IndexModel(LoaDbContext db, TimeProvider time) : PortalPageModel(db)
{
    public IReadOnlyList<Survey> Open { get; private set; } = [];

    public IReadOnlyList<Survey> Ended { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadProfileAsync();
        var now = time.GetUtcNow().UtcDateTime;
        var published = await Db.Surveys.AsNoTracking()
            .Where(s => s.CommuneId == Commune.Id && s.Status != SurveyStatus.Draft && (s.OpensAt == null || s.OpensAt <= now))
            .OrderByDescending(s => s.OpensAt)
            .ToListAsync(HttpContext.RequestAborted);
        Open = published.Where(s => s.AcceptsAnswers(now)).ToList();
        Ended = published.Where(s => s.HasEnded(now) && s.ShowRanking).ToList();
        return Page();
    }
}
