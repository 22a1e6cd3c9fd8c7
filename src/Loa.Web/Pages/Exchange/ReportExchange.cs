using Loa.Data;
using Loa.Documents.Records;
using Loa.Exchange;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Exchange;

/// <summary>
/// What a report's or plan's page shows of the exchange: its issued documents (each with the way to send it), and the
/// "Văn bản nhận qua trục" — the packages the province received for it and attached.
/// </summary>
public sealed record ReportExchange(IReadOnlyList<OfficialDocument> Documents, IReadOnlyList<ExchangeMessage> Received, bool IsProvince)
{
    public static readonly ReportExchange None = new([], [], false);

    public static async Task<ReportExchange> ForAsync(LoaDbContext db, OfficialDocumentKind kind, int? subjectId)
    {
        if (subjectId is not { } subject)
        {
            return None;
        }

        var documents = await db.OfficialDocuments.AsNoTracking().Where(d => d.Kind == kind && d.SubjectId == subject && d.CommuneId != null)
            .OrderByDescending(d => d.Id).ToListAsync();
        var ids = documents.Select(d => d.Id).ToList();
        var received = await db.ExchangeMessages.AsNoTracking()
            .Where(m => m.Direction == ExchangeDirection.Incoming && m.State == ExchangeState.Attached)
            .Where(m => m.DocumentId != null && ids.Contains(m.DocumentId.Value))
            .OrderByDescending(m => m.Id).ToListAsync();
        return new ReportExchange(documents, received, db.Scope.Role == Loa.Domain.Accounts.UserRole.ProvinceOfficer);
    }
}
