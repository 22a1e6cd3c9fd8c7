using Loa.Data;
using Loa.Documents.Records;
using Loa.Plans;
using Loa.Reports;
using Loa.Text;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Reports;

/// <summary>
/// What the commune's consolidated report of a period shows that is the same for everyone allowed to see it: the plan
/// and its period, the report as it stands, every unit's part, the figures computed from the activities, its documents
/// of record and what the exchange received for it. Built once per change of the commune's data and kept for the page's
/// reads (<see cref="Infrastructure.Reads.CommuneReads"/>, decision record 42) until the next midnight in Vietnam; a
/// step on the report (save, submit, approve …) reads it all afresh.
/// </summary>
public sealed record CommuneReportPage(
    Plan Plan,
    Domain.Geography.Province Province,
    ReportPeriod Period,
    DateOnly Today,
    CommuneReport? Report,
    IReadOnlyList<CommuneModel.UnitPart> UnitParts,
    Exchange.ReportExchange Exchange,
    ReportDocument Document,
    IReadOnlyList<OfficialDocument> OfficialDocuments)
{
    /// <summary>The report page of the plan and period, through a context loaded for them (false: no such issued plan or period).</summary>
    public static async Task<CommuneReportPage?> LoadAsync(LoaDbContext db, ReportContext context, int plan, string period)
    {
        if (!await context.LoadAsync(plan, period))
        {
            return null;
        }

        var report = await db.CommuneReports.AsNoTracking().FirstOrDefaultAsync(
            r => r.PlanId == plan && r.Year == context.Plan.Year && r.Period == context.Period.Kind);
        var reports = await db.UnitReports.AsNoTracking()
            .Where(r => r.PlanId == plan && r.Year == context.Plan.Year && r.Period == context.Period.Kind)
            .ToDictionaryAsync(r => r.UnitId);
        var owing = ReportingUnits.Of(context.Plan).Union(reports.Keys).ToList();
        var names = await db.Units.AsNoTracking().Where(u => owing.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name);
        var parts = owing.Where(names.ContainsKey).Select(id => new CommuneModel.UnitPart(id, names[id], reports.GetValueOrDefault(id)))
            .OrderBy(u => u.Name, VietnameseOrder.Instance).ToList();
        var exchange = await Pages.Exchange.ReportExchange.ForAsync(db, OfficialDocumentKind.Report, report?.Id);
        var document = await ReportAssembly.ForCommuneAsync(
            db, context.Plan, context.Province, report ?? new CommuneReport { Period = context.Period.Kind, Year = context.Plan.Year });
        var documents = report is null ? [] : await Signing.DocumentList.ForAsync(db, OfficialDocumentKind.Report, report.Id);
        return new CommuneReportPage(context.Plan, context.Province, context.Period, context.Today, report, parts, exchange, document, documents);
    }
}
