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
/// A report as the official .docx, or its PDF with <c>format=pdf</c>: the commune's consolidated report (once approved,
/// exactly as frozen; before, the current draft), or a unit's report when <c>unit</c> is given. Without LibreOffice the
/// PDF asked for gives a page saying so, with the .docx.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DownloadModel(LoaDbContext db, TimeProvider time, Loa.Documents.Pdf.IPdfConverter converter) : PageModel
{
    public Shared.PdfProblem? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(int plan, string period, int? unit, string? format)
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
        var name = string.Join('-', words.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Response.Headers.CacheControl = "private, no-store";
        if (string.Equals(format, "pdf", StringComparison.OrdinalIgnoreCase))
        {
            var (pdf, problem) = await Shared.PdfDownload.ConvertAsync(converter, () => ReportDocxWriter.Write(document), HttpContext.RequestAborted);
            if (pdf is not null)
            {
                return File(pdf, Shared.PdfDownload.ContentType, name + ".pdf");
            }

            var query = context.Query + (unit is { } u ? $"&unit={u}" : "");
            Problem = new Shared.PdfProblem(problem!, $"/reports/download?{query}", unit is null ? $"/reports/commune?{query}" : $"/reports/unit?{query}");
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Page();
        }

        return File(ReportDocxWriter.Write(document), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name + ".docx");
    }
}
