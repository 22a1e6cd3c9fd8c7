using Loa.Dashboards;
using Loa.Data;
using Loa.Domain;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Loa.Web.Pages.Province;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Ministry;

/// <summary>
/// One province's communes for the national officer: the province dashboard's table, read-only, filtered, sorted and paged,
/// each commune leading to its dashboard. The province is named in the address (<c>?id=</c>), never by the user's place.
/// </summary>
[Authorize(Policy = Policies.NationalOfficer)]
public sealed class ProvinceModel(LoaDbContext db, TimeProvider time) : PageModel
{
    public const int PageSize = CommuneFilter.PageSize;

    public ProvinceOverview Overview { get; private set; } = null!;

    public CommuneFilter Filter { get; private set; } = new();

    public IReadOnlyList<CommuneStanding> Rows { get; private set; } = [];

    public int Matching { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int Pages => Math.Max(1, (Matching + PageSize - 1) / PageSize);

    public int ProvinceId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, [FromQuery] CommuneFilter filter)
    {
        var province = await db.Provinces.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, HttpContext.RequestAborted);
        if (province is null)
        {
            return await this.NotFoundAuditedAsync<Domain.Geography.Province>(db, id);
        }

        var today = VietnamTime.Today(time);
        Overview = await ProvinceDashboard.BuildAsync(db, province, ProvinceScope.Year(filter.Year, today), today, HttpContext.RequestAborted);
        ProvinceId = province.Id;
        Filter = filter;
        Filter.Year = Overview.Year;
        var matching = filter.Apply(Overview.Communes).ToList();
        Matching = matching.Count;
        PageNumber = filter.PageOf(Matching);
        Rows = matching.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
        return Page();
    }

    /// <summary>The address of another page of the same table.</summary>
    public string PageLink(int number) => $"/ministry/province?id={ProvinceId}&{Filter.Query(page: number)}#communes";
}
