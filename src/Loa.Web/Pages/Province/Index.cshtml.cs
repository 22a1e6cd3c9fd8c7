using System.Globalization;
using Loa.Dashboards;
using Loa.Data;
using Loa.Domain;
using Loa.Notifications;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Province;

/// <summary>
/// The province dashboard: every commune of the province in a year — its plan against the deadline, its reports
/// per period, task completion, activities and reach — filterable, sortable, with charts, drill-down to each
/// commune's dashboard, an .xlsx of the table, and one button to remind every late commune. It reads the read model
/// (decision 38) and shows the table <see cref="CommuneFilter.PageSize"/> rows a page.
/// </summary>
[Authorize(Policy = Policies.ProvinceOfficer)]
public sealed class IndexModel(LoaDbContext db, TimeProvider time, AuditLog audit) : PageModel
{
    public ProvinceOverview Overview { get; private set; } = null!;

    public CommuneFilter Filter { get; private set; } = new();

    /// <summary>The communes the filters keep, in the asked order (all pages).</summary>
    public IReadOnlyList<CommuneStanding> Rows { get; private set; } = [];

    /// <summary>The rows of the page shown (<see cref="CommuneFilter.PageSize"/> at most).</summary>
    public IReadOnlyList<CommuneStanding> PageRows { get; private set; } = [];

    public int PageNumber { get; private set; } = 1;

    public int Pages => Math.Max(1, (Rows.Count + CommuneFilter.PageSize - 1) / CommuneFilter.PageSize);

    /// <summary>Communes late today (a plan or a report overdue): whom the reminder button reaches.</summary>
    public int LateToday { get; private set; }

    public bool IsCurrentYear => Overview.Year == Overview.Today.Year;

    public async Task<IActionResult> OnGetAsync([FromQuery] CommuneFilter filter)
    {
        var overview = await ProvinceScope.OverviewAsync(db, time, filter.Year, HttpContext.RequestAborted);
        if (overview is null)
        {
            return NotFound();
        }

        Overview = overview;
        Filter = filter;
        Filter.Year = overview.Year;
        Rows = filter.Apply(overview.Communes).ToList();
        PageNumber = filter.PageOf(Rows.Count);
        PageRows = Rows.Skip((PageNumber - 1) * CommuneFilter.PageSize).Take(CommuneFilter.PageSize).ToList();
        LateToday = IsCurrentYear ? overview.Communes.Count(c => c.IsLate) : 0;
        return Page();
    }

    public async Task<IActionResult> OnPostRemindAsync()
    {
        var province = await db.Provinces.FirstOrDefaultAsync(p => p.Id == db.Scope.ProvinceId);
        if (province is null)
        {
            return NotFound();
        }

        var now = time.GetUtcNow().UtcDateTime;
        var (communes, people) = await ReminderJob.RemindLateCommunesAsync(db, province, VietnamTime.Today(time), now, HttpContext.RequestAborted);
        await audit.WriteAsync("remind-late-communes", succeeded: true, nameof(Domain.Geography.Province), province.Id.ToString(CultureInfo.InvariantCulture),
            $"{communes} xã, phường; {people} người nhận");
        TempData["Flash"] = communes == 0
            ? "Không có xã, phường nào chậm: không gửi nhắc nhở."
            : people == 0
                ? $"{communes} xã, phường chậm đã được nhắc trong hôm nay; không gửi lại."
                : $"Đã nhắc {communes} xã, phường chậm ({people} người nhận thông báo).";
        return RedirectToPage();
    }
}
