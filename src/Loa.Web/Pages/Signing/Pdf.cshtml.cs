using Loa.Data;
using Loa.Documents.Records;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Loa.Web.Infrastructure.Signing;
using Loa.Web.Infrastructure.Uploads;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Signing;

/// <summary>
/// One PDF of an official document (<c>/signing/pdf/{document}?file={file id}</c>, the main file without it): as issued, or with
/// <c>?signed=true</c> the signed document of record. Its commune's staff and its province only (the tenant filter on the document).
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class PdfModel(LoaDbContext db, UploadStore store) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, int? file, [FromQuery(Name = "signed")] bool wantSigned = false)
    {
        var document = await db.OfficialDocuments.AsNoTracking().Include(d => d.Files).FirstOrDefaultAsync(d => d.Id == id);
        if (document is null)
        {
            return await this.NotFoundAuditedAsync<OfficialDocument>(db, id);
        }

        var one = document.Files.OrderBy(f => f.Order).FirstOrDefault(f => file is null || f.Id == file);
        if (one is null)
        {
            return NotFound();
        }

        var stored = wantSigned ? one.SignedFile : one.IssuedFile;
        if (stored is null)
        {
            return NotFound();
        }

        var path = store.PathOf(UploadPolicies.OfficialDocument, OfficialFiles.Owner(document), stored);
        Response.Headers.CacheControl = "private, no-store";
        SecurityHeaders.AllowFramingBySelf(HttpContext);
        var name = wantSigned ? one.FileName.Replace(".pdf", "-da-ky-so.pdf", StringComparison.Ordinal) : one.FileName;
        return Request.Query.ContainsKey("download") ? PhysicalFile(path, "application/pdf", name) : PhysicalFile(path, "application/pdf");
    }
}
