using Loa.Activities;
using Loa.Data;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Loa.Web.Infrastructure.Uploads;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Evidence;

/// <summary>
/// The thumbnail of an evidence photo for the activity's gallery (made now for a photo stored before thumbnails), to the
/// commune's staff and province only.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ThumbnailModel(LoaDbContext db, UploadStore storage, UploadPolicies policies) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id)
    {
        var file = await db.EvidenceFiles.FirstOrDefaultAsync(f => f.Id == id);
        if (file is null)
        {
            return await this.NotFoundAuditedAsync<EvidenceFile>(db, id);
        }

        if (!await EvidenceThumbnails.EnsureAsync(db, storage, policies.Evidence, file, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        return EvidenceResponses.Inline(this, storage.PathOf(policies.Evidence, file.CommuneId ?? 0, file.ThumbnailName!), "image/jpeg");
    }
}
