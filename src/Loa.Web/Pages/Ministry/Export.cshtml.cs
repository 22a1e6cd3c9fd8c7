using Loa.Dashboards;
using Loa.Dashboards.National;
using Loa.Data;
using Loa.Domain;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Loa.Web.Pages.Ministry;

/// <summary>The ministry's table of provinces as .xlsx, with the same year and order as the page shows.</summary>
[Authorize(Policy = Policies.NationalOfficer)]
public sealed class ExportModel(LoaDbContext db, TimeProvider time) : PageModel
{
    public async Task<IActionResult> OnGetAsync([FromQuery] ProvinceOrder order)
    {
        var today = VietnamTime.Today(time);
        order.Year = ProvinceScope.Year(order.Year, today);
        var overview = await NationalFigures.BuildAsync(db, order.Year.Value, today, time.GetUtcNow().UtcDateTime, HttpContext.RequestAborted);
        Response.Headers.CacheControl = "private, no-store";
        var period = ProvinceDashboard.AllPeriods.LastOrDefault(
            k => overview.Provinces.Any(p => p.Report(k).Sent + p.Report(k).Missing > 0), Loa.Reports.ReportPeriodKind.Quarter1);
        return File(
            ProvinceTable.Xlsx(overview, order.Apply(overview.Provinces, period)),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            $"cac-tinh-thanh-pho-{overview.Year}.xlsx");
    }
}
