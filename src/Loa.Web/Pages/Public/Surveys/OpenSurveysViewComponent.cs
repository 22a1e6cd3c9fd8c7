using Loa.Data;
using Loa.Surveys;
using Loa.Web.Infrastructure.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Public.Surveys;

/// <summary>The portal home's block of the surveys and contests open now (nothing when none is).</summary>
public sealed class OpenSurveysViewComponent(LoaDbContext db, TimeProvider time) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var commune = HttpContext.PortalCommune();
        if (commune is null)
        {
            return Content("");
        }

        var now = time.GetUtcNow().UtcDateTime;
        var open = (await db.Surveys.AsNoTracking()
            .Where(s => s.CommuneId == commune.Id).Where(Survey.AcceptingAnswers(now))
            .OrderByDescending(s => s.OpensAt)
            .Take(3)
            .ToListAsync(HttpContext.RequestAborted));
        return View((commune, (IReadOnlyList<Survey>)open));
    }
}
