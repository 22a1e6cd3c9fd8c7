using Loa.Data;
using Loa.Documents.Records;
using Loa.Domain.Accounts;
using Loa.Exchange;
using Loa.Web.Infrastructure;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Exchange;

/// <summary>
/// Documents through the exchange. A commune sees what it sent (and its signed documents not sent yet); the province sees
/// its inbox — the packages that came in from the hub or uploaded by hand as .edxml, attached to the commune's report or
/// plan, kept for a person, or refused — and may upload a package.
/// </summary>
[Authorize(Policy = Policies.Staff)]
[RequestSizeLimit(EdxmlReader.MaxBytes + (1024 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = EdxmlReader.MaxBytes + (1024 * 1024))]
public sealed class IndexModel(LoaDbContext db, TimeProvider time, LoaPaths paths) : PageModel
{
    public bool IsProvince => db.Scope.Role == UserRole.ProvinceOfficer;

    public IReadOnlyList<Row> Messages { get; private set; } = [];

    public IReadOnlyList<OfficialDocument> Unsent { get; private set; } = [];

    public string? UploadProblem { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    /// <summary>The province uploads a package received outside the hub (an .edxml file).</summary>
    public async Task<IActionResult> OnPostUploadAsync(IFormFile? package)
    {
        if (!IsProvince || db.Scope.ProvinceId is not { } provinceId)
        {
            return Forbid();
        }

        if (package is null || package.Length == 0)
        {
            UploadProblem = "Chọn tệp gói tin .edxml để tải lên.";
        }
        else if (package.Length > EdxmlReader.MaxBytes)
        {
            UploadProblem = $"Gói tin lớn hơn giới hạn {EdxmlReader.MaxBytes / (1024 * 1024)} MB.";
        }
        else
        {
            using var buffer = new MemoryStream();
            await package.CopyToAsync(buffer, HttpContext.RequestAborted);
            var province = await db.Provinces.AsNoTracking().FirstAsync(p => p.Id == provinceId);
            var now = time.GetUtcNow().UtcDateTime;
            var result = await ExchangeInbox.ReceiveAsync(
                db, paths.Data, province, buffer.ToArray(), null, db.Scope.UserName, now, keepRefused: false, HttpContext.RequestAborted);
            if (result.Message is { } message)
            {
                TempData["Flash"] = message.State == ExchangeState.Attached
                    ? $"Đã nhận văn bản {message.Number} và gắn vào hồ sơ của xã."
                    : $"Đã nhận văn bản {message.Number}; chưa tìm thấy kế hoạch, báo cáo tương ứng của xã.";
                return Redirect($"/exchange/message/{message.Id}");
            }

            UploadProblem = result.Problem ?? "Gói tin này đã được nhận trước đó.";
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        var direction = IsProvince ? ExchangeDirection.Incoming : ExchangeDirection.Outgoing;
        var messages = await db.ExchangeMessages.AsNoTracking().Where(m => m.Direction == direction)
            .OrderByDescending(m => m.Id).Take(200).ToListAsync();
        var communeIds = messages.Select(m => m.CommuneId).OfType<int>().Distinct().ToList();
        var names = await db.Communes.AsNoTracking().Where(c => communeIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name);
        Messages = messages.Select(m => new Row(m, m.CommuneId is { } c ? names.GetValueOrDefault(c) : null)).ToList();
        if (!IsProvince && db.Scope.CommuneId is { } commune)
        {
            var sent = await db.ExchangeMessages.AsNoTracking()
                .Where(m => m.Direction == ExchangeDirection.Outgoing && m.DocumentId != null && m.State != ExchangeState.Failed)
                .Select(m => m.DocumentId!.Value).ToListAsync();
            Unsent = await db.OfficialDocuments.AsNoTracking()
                .Where(d => d.CommuneId == commune && d.State == OfficialDocumentState.SignedByAll && !sent.Contains(d.Id))
                .Where(d => d.Kind == OfficialDocumentKind.Plan || d.Kind == OfficialDocumentKind.Report)
                .OrderByDescending(d => d.IssuedOn).Take(50).ToListAsync();
        }
    }

    public sealed record Row(ExchangeMessage Message, string? Commune);
}
