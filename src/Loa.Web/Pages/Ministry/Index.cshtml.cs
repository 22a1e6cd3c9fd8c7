using Loa.Dashboards;
using Loa.Dashboards.National;
using Loa.Data;
using Loa.Domain;
using Loa.Reports;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Loa.Web.Pages.Ministry;

/// <summary>
/// The ministry's dashboard (Bộ Nội vụ): the 34 provinces in a year — communes in service, plans issued on time, reports in
/// per period, task completion, reach by channel, feedback answered in time, index results — sortable, with charts,
/// drill-down to each province's communes, an .xlsx of the table, and one button to remind the provinces with late
/// communes. Only the national officer opens it; it reads every province and changes no commune's data (decision record 39).
/// </summary>
[Authorize(Policy = Policies.NationalOfficer)]
public sealed class IndexModel(LoaDbContext db, TimeProvider time, AuditLog audit) : PageModel
{
    public NationalOverview Overview { get; private set; } = null!;

    public ProvinceOrder Order { get; private set; } = new();

    public IReadOnlyList<ProvinceFigures> Rows { get; private set; } = [];

    /// <summary>The report period the table shows: the latest one whose due date has passed, or the first.</summary>
    public ReportPeriodKind ReportPeriod { get; private set; } = ReportPeriodKind.Quarter1;

    public bool IsCurrentYear => Overview.Year == Overview.Today.Year;

    public async Task<IActionResult> OnGetAsync([FromQuery] ProvinceOrder order)
    {
        var today = VietnamTime.Today(time);
        order.Year = ProvinceScope.Year(order.Year, today);
        Overview = await NationalFigures.BuildAsync(db, order.Year.Value, today, time.GetUtcNow().UtcDateTime, HttpContext.RequestAborted);
        ReportPeriod = LatestDuePeriod(Overview);
        Order = order;
        Rows = order.Apply(Overview.Provinces, ReportPeriod).ToList();
        return Page();
    }

    public async Task<IActionResult> OnPostRemindAsync()
    {
        var today = VietnamTime.Today(time);
        var overview = await NationalFigures.BuildAsync(db, today.Year, today, time.GetUtcNow().UtcDateTime, HttpContext.RequestAborted);
        var (provinces, people) = await ProvinceReminders.RemindAsync(db, overview, time.GetUtcNow().UtcDateTime, HttpContext.RequestAborted);
        await audit.WriteAsync("remind-late-provinces", succeeded: true, detail: $"{provinces} tỉnh, thành phố; {people} người nhận");
        TempData["Flash"] = provinces == 0
            ? "Không có tỉnh, thành phố nào có xã, phường chậm: không gửi nhắc nhở."
            : people == 0
                ? $"{provinces} tỉnh, thành phố có xã, phường chậm đã được nhắc trong hôm nay; không gửi lại."
                : $"Đã nhắc {provinces} tỉnh, thành phố có xã, phường chậm ({people} cán bộ tỉnh nhận thông báo).";
        return RedirectToPage();
    }

    private static ReportPeriodKind LatestDuePeriod(NationalOverview o) =>
        ProvinceDashboard.AllPeriods.LastOrDefault(k => o.Provinces.Any(p => p.Report(k).Sent + p.Report(k).Missing > 0), ReportPeriodKind.Quarter1);
}
