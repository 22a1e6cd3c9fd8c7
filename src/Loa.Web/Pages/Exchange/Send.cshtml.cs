using Loa.Data;
using Loa.Documents.Records;
using Loa.Domain.Accounts;
using Loa.Domain.Geography;
using Loa.Exchange;
using Loa.Web.Infrastructure;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Exchange;

/// <summary>
/// "Gửi lên tỉnh qua trục liên thông": a commune's signed plan or approved report, packaged as edXML for its province and
/// put in the exchange outbox; the page shows every sending of the document with the history of its states. The commune's
/// leader and coordinator send; the province reads (<see cref="ExchangeOutbox.Refusal"/> says why a document cannot go).
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class SendModel(LoaDbContext db, TimeProvider time, LoaPaths paths, Microsoft.Extensions.Options.IOptions<ExchangeOptions> options) : PageModel
{
    public OfficialDocument Document { get; private set; } = null!;

    public Commune Commune { get; private set; } = null!;

    public Loa.Domain.Geography.Province Province { get; private set; } = null!;

    public IReadOnlyList<ExchangeMessage> Messages { get; private set; } = [];

    /// <summary>Why it cannot be sent now; null when it can.</summary>
    public string? Refusal { get; private set; }

    public bool MaySend => db.Scope.CommuneId is not null && db.Scope.Role is UserRole.Leader or UserRole.Coordinator;

    public async Task<IActionResult> OnGetAsync(int id) =>
        await LoadAsync(id) ? Page() : await this.NotFoundAuditedAsync<OfficialDocument>(db, id);

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return await this.NotFoundAuditedAsync<OfficialDocument>(db, id);
        }

        if (!MaySend)
        {
            return Forbid();
        }

        if (Refusal is not null)
        {
            TempData["Flash"] = Refusal;
            return Redirect($"/exchange/send/{id}");
        }

        var now = time.GetUtcNow().UtcDateTime;
        await ExchangeOutbox.EnqueueAsync(db, paths.Data, Document, Commune, Province, db.Scope.UserName, now, HttpContext.RequestAborted);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        TempData["Flash"] = $"Đã đóng gói văn bản {Document.Number} và đưa vào hàng chờ gửi lên {Province.Name}.";
        return Redirect($"/exchange/send/{id}");
    }

    private async Task<bool> LoadAsync(int id)
    {
        var document = await db.OfficialDocuments.Include(d => d.Files).FirstOrDefaultAsync(d => d.Id == id && d.CommuneId != null);
        if (document is null)
        {
            return false;
        }

        Document = document;
        Commune = await db.Communes.AsNoTracking().FirstAsync(c => c.Id == document.CommuneId);
        Province = await db.Provinces.AsNoTracking().FirstAsync(p => p.Id == document.ProvinceId);
        Messages = await db.ExchangeMessages.AsNoTracking().Include(m => m.Events)
            .Where(m => m.DocumentId == id && m.Direction == ExchangeDirection.Outgoing).OrderByDescending(m => m.Id).ToListAsync();
        Refusal = options.Value.IsOn
            ? ExchangeOutbox.Refusal(Document, Commune, Province, Messages)
            : "Loa chưa được kết nối với trục liên thông văn bản (quản trị hệ thống cấu hình Loa:Exchange).";
        return true;
    }
}
