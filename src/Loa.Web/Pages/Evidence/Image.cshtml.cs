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
/// An evidence photo shown in the browser (the gallery's full image): only photos Loa has cleaned (re-encoded without
/// metadata, <see cref="Files.EvidenceImages"/>), to the commune's staff and province only; other files are downloads.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ImageModel(LoaDbContext db, UploadStore storage, UploadPolicies policies) : PageModel
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

        return EvidenceResponses.Inline(this, storage.PathOf(policies.Evidence, file.CommuneId ?? 0, file.StoredName), file.ContentType);
    }
}
