using Loa.Data;
using Loa.Documents.Records;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Signing;

/// <summary>The official documents of one subject (a plan, a report), newest first, for the panel on its page.</summary>
public static class DocumentList
{
    public static async Task<IReadOnlyList<OfficialDocument>> ForAsync(LoaDbContext db, OfficialDocumentKind kind, int subjectId) =>
        await db.OfficialDocuments.AsNoTracking().Include(d => d.Files)
            .Where(d => d.Kind == kind && d.SubjectId == subjectId)
            .OrderByDescending(d => d.Id)
            .ToListAsync();
}
