using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Exchange;
using Loa.Web.Infrastructure;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Loa.Web.Pages.Exchange;

/// <summary>
/// One package through the exchange: what it says, its files (downloadable), where it was attached and the history of its
/// states. The province may refuse an incoming package, with a reason (the hub is told at the next turn of the worker when
/// it came through it).
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class MessageModel(LoaDbContext db, TimeProvider time, LoaPaths paths) : PageModel
{
    public ExchangeMessage Message { get; private set; } = null!;

    public EdxmlPackage? Package { get; private set; }

    public string? Commune { get; private set; }

    public bool MayRefuse => db.Scope.Role == UserRole.ProvinceOfficer && Message.Direction == ExchangeDirection.Incoming
        && Message.State is ExchangeState.Received or ExchangeState.Attached;

    [BindProperty]
    public string? Reason { get; set; }

    public string? ReasonProblem { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : await this.NotFoundAuditedAsync<ExchangeMessage>(db, id);

    /// <summary>One file of the package (the signed PDF), always as a download.</summary>
    public async Task<IActionResult> OnGetFileAsync(int id, int index)
    {
        if (!await LoadAsync(id))
        {
            return await this.NotFoundAuditedAsync<ExchangeMessage>(db, id);
        }

        if (Package is null || index < 0 || index >= Package.Attachments.Count)
        {
            return NotFound();
        }

        var file = Package.Attachments[index];
        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "private, no-store";
        Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(Path.GetFileName(file.Name));
        Response.Headers.ContentDisposition = disposition.ToString();
        return File(file.Content, file.ContentType == "application/pdf" ? "application/pdf" : "application/octet-stream");
    }

    public async Task<IActionResult> OnPostRefuseAsync(int id)
    {
        if (!await LoadAsync(id, tracked: true))
        {
            return await this.NotFoundAuditedAsync<ExchangeMessage>(db, id);
        }

        if (!MayRefuse)
        {
            return Forbid();
        }

        var reason = Reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > ExchangeMessage.TextMax)
        {
            ReasonProblem = string.IsNullOrEmpty(reason) ? "Ghi lý do từ chối để xã biết." : $"Lý do dài quá {ExchangeMessage.TextMax} ký tự.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        ExchangeWorkflow.Refused(Message, reason, time.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync();
        TempData["Flash"] = "Đã từ chối văn bản.";
        return Redirect($"/exchange/message/{id}");
    }

    private async Task<bool> LoadAsync(int id, bool tracked = false)
    {
        var query = db.ExchangeMessages.Include(m => m.Events).Where(m => m.Id == id);
        var message = await (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync();
        if (message is null)
        {
            return false;
        }

        Message = message;
        Commune = message.CommuneId is { } c ? await db.Communes.AsNoTracking().Where(x => x.Id == c).Select(x => x.Name).FirstOrDefaultAsync() : null;
        var path = ExchangeFiles.PackagePath(paths.Data, message.PackageFile);
        Package = System.IO.File.Exists(path) ? EdxmlReader.Read(await System.IO.File.ReadAllBytesAsync(path)).Package : null;
        return true;
    }
}
