using Loa.Activities;
using Loa.Data;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Loa.Web.Infrastructure.Uploads;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Loa.Web.Pages.Evidence;

/// <summary>
/// An evidence file, for the commune's staff and its province only, always as a download (never rendered in the page);
/// a photo without metadata.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DownloadModel(LoaDbContext db, UploadStore storage, UploadPolicies policies) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id)
    {
        var file = await db.EvidenceFiles.FirstOrDefaultAsync(f => f.Id == id);
        if (file is null)
        {
            return await this.NotFoundAuditedAsync<EvidenceFile>(db, id);
        }

        // a photo stored before photos were cleaned loses its EXIF (GPS) now, before it is ever served again
        await EvidenceThumbnails.EnsureAsync(db, storage, policies.Evidence, file, HttpContext.RequestAborted);

        var path = storage.PathOf(policies.Evidence, file.CommuneId ?? 0, file.StoredName);
        if (!System.IO.File.Exists(path))
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "private, no-store";
        Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(file.FileName);
        Response.Headers.ContentDisposition = disposition.ToString();
        return PhysicalFile(path, file.ContentType);
    }
}
