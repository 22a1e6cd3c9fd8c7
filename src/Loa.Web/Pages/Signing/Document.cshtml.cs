using Loa.Data;
using Loa.Documents.Records;
using Loa.Signing;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Loa.Web.Infrastructure.Signing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Signing;

/// <summary>
/// The signing page of one official document, for its expected signer only: the files as issued, "Ký số" hands the agent a request
/// (one-time URLs, places, image) from the browser, and once the agent has uploaded, the signed files.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DocumentModel(LoaDbContext db, SigningService signing) : PageModel
{
    public OfficialDocument Document { get; private set; } = null!;

    public bool HasCertificate { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }

        HasCertificate = await db.SigningCertificates.AnyAsync(c => c.UserId == db.Scope.UserId);
        var csp = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; font-src 'self'; "
            + "connect-src 'self' ws://127.0.0.1:* ws://localhost:*; frame-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
        Response.Headers.ContentSecurityPolicy = csp;
        return Page();
    }

    /// <summary>The request for the agent, as JSON (fetched by signing.js with the anti-forgery token).</summary>
    public async Task<IActionResult> OnPostRequestAsync(int id)
    {
        if (await LoadAsync(id) is { } refused)
        {
            return refused;
        }

        if (Document.State != OfficialDocumentState.AwaitingSignature)
        {
            return new JsonResult(new UploadAnswer(false, "Văn bản đã được ký số.")) { StatusCode = StatusCodes.Status409Conflict };
        }

        var request = await signing.RequestAsync(Document, db.Scope.UserId!, $"{Request.Scheme}://{Request.Host}", HttpContext.RequestAborted);
        return new JsonResult(request, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web));
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        var document = await db.OfficialDocuments.Include(d => d.Files).FirstOrDefaultAsync(d => d.Id == id);
        if (document is null)
        {
            return await this.NotFoundAuditedAsync<OfficialDocument>(db, id);
        }

        Document = document;
        return document.SignerAccountId == db.Scope.UserId ? null : await this.DenyAsync($"sign document {id}");
    }
}
