using Loa.Data;
using Loa.Web.Infrastructure.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Public.Feedback;

/// <summary>The portal home's feedback block: the latest published answers and where to send one.</summary>
public sealed class FeedbackBlockViewComponent(LoaDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var commune = HttpContext.PortalCommune() ?? throw new InvalidOperationException("The feedback block belongs on a portal page.");
        var latest = await AnswersModel.Project(
            AnswersModel.Published(db, commune.Id).OrderByDescending(f => f.PublishedAt).ThenByDescending(f => f.Id).Take(3))
            .ToListAsync(HttpContext.RequestAborted);
        return View(new FeedbackBlock(commune, latest));
    }
}

public sealed record FeedbackBlock(PortalCommune Commune, IReadOnlyList<PublishedAnswer> Latest);
