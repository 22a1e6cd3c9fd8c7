using Loa.Dashboards;
using Loa.Data;
using Loa.Text;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Loa.Web.Pages.Province;

/// <summary>The province's commune table as .xlsx, with the same year, filters and order as the page shows.</summary>
[Authorize(Policy = Policies.ProvinceOfficer)]
public sealed class ExportModel(LoaDbContext db, TimeProvider time) : PageModel
{
    public async Task<IActionResult> OnGetAsync([FromQuery] CommuneFilter filter)
    {
        var overview = await ProvinceScope.OverviewAsync(db, time, filter.Year, HttpContext.RequestAborted);
        if (overview is null)
        {
            return NotFound();
        }

        var name = string.Join('-', VietnameseText.FoldWords($"cac xa phuong {overview.Province.Locality} {overview.Year}").Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Response.Headers.CacheControl = "private, no-store";
        return File(CommuneTable.Xlsx(overview, filter.Apply(overview.Communes)), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
    }
}
