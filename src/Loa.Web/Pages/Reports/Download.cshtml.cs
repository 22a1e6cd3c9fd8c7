using Loa.Data;
using Loa.Documents;
using Loa.Plans;
using Loa.Reports;
using Loa.Text;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Reports;

/// <summary>
/// A report as the official .docx: the commune's consolidated report (once approved, exactly as frozen; before,
/// the current draft), or a unit's report when <c>unit</c> is given.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DownloadModel(LoaDbContext db, TimeProvider time) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int plan, string period, int? unit)
    {
        var context = new ReportContext(db, time);
        if (!await context.LoadAsync(plan, period))
        {
            return await this.NotFoundAuditedAsync<Plan>(db, plan);
        }

        ReportDocument document;
        string who;
        if (unit is { } unitId)
        {
            var found = await context.UnitAsync(unitId);
            if (found is null)
            {
                return await this.NotFoundAuditedAsync<Loa.Units.Unit>(db, unitId);
            }

            document = await context.UnitDocumentAsync(found, await context.UnitReportAsync(unitId));
            who = found.Name;
        }
        else
        {
            document = await ReportAssembly.ForCommuneAsync(db, context.Plan, context.Province, context.Period.Kind);
            who = context.Plan.IssuerLocality;
        }

        var words = VietnameseText.FoldWords($"bao cao {context.Period.Code} {context.Plan.Year} {who}");
        Response.Headers.CacheControl = "private, no-store";
        return File(ReportDocxWriter.Write(document), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", string.Join('-', words.Split(' ', StringSplitOptions.RemoveEmptyEntries)) + ".docx");
    }
}
