using Loa.Data;
using Loa.Documents;
using Loa.Plans;
using Loa.Text;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Plans;

/// <summary>
/// The plan as a file: the official .docx (Decree 30/2020) or its PDF (with the appendix), its JSON, or its task table as
/// .xlsx or .csv. Without LibreOffice the PDF asked for gives a page saying so, with the .docx.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ExportModel(LoaDbContext db, Loa.Documents.Pdf.IPdfConverter converter) : PageModel
{
    public Shared.PdfProblem? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, string? format)
    {
        var plan = await db.Plans.Visible(db.Scope).AsNoTracking().WithEverything().FirstOrDefaultAsync(p => p.Id == id);
        if (plan is null)
        {
            return await this.NotFoundAuditedAsync<Plan>(db, id);
        }

        var document = PlanMapper.ToDocument(plan);
        var amendments = await Loa.Plans.Amendments.AmendmentSentences.ForAsync(db, plan, HttpContext.RequestAborted);
        var name = FileName(plan);
        Response.Headers.CacheControl = "private, no-store";
        if (string.Equals(format, "pdf", StringComparison.OrdinalIgnoreCase))
        {
            var (pdf, problem) = await Shared.PdfDownload.ConvertAsync(converter, () => PlanDocxWriter.Write(document, amendments), HttpContext.RequestAborted);
            if (pdf is not null)
            {
                return File(pdf, Shared.PdfDownload.ContentType, name + ".pdf");
            }

            Problem = new Shared.PdfProblem(problem!, $"/plans/export/{id}?format=docx", $"/plans/details/{id}");
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return Page();
        }

        return (format ?? "docx").ToLowerInvariant() switch
        {
            "docx" => File(PlanDocxWriter.Write(document, amendments), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", name + ".docx"),
            "json" => File(System.Text.Encoding.UTF8.GetBytes(PlanJson.Serialize(document)), "application/json; charset=utf-8", name + ".json"),
            "xlsx" => File(TaskTableExport.Xlsx(document), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + "-nhiem-vu.xlsx"),
            "csv" => File(TaskTableExport.Csv(document), "text/csv; charset=utf-8", name + "-nhiem-vu.csv"),
            _ => NotFound(),
        };
    }

    /// <summary>"ke-hoach-30-kh-ubnd-hung-phu-2026": readable, and safe on every system.</summary>
    private static string FileName(Plan plan)
    {
        var number = plan.Number is null ? "du-thao" : plan.Number.Replace('/', '-');
        var words = VietnameseText.FoldWords($"ke hoach {number} {plan.IssuerLocality} {plan.Year}");
        return string.Join('-', words.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
