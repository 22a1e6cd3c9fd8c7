using Loa.Data;
using Loa.Domain;
using Loa.Plans;
using Loa.Reports;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Reports;

/// <summary>The periodic reports of the commune's issued plans: each period's dates, where it stands, who has reported.</summary>
[Authorize(Policy = Policies.CommuneStaff)]
public sealed class IndexModel(LoaDbContext db, TimeProvider time) : PageModel
{
    public IReadOnlyList<PlanReports> Plans { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public int? UnitId => db.Scope.UnitId;

    public async Task OnGetAsync()
    {
        Today = VietnamTime.Today(time);
        var plans = await db.Plans.AsNoTrackingWithIdentityResolution().WithTasks()
            .Where(p => p.CommuneId == db.Scope.CommuneId && p.UnitId == null && p.Status == PlanStatus.Issued)
            .OrderByDescending(p => p.Year)
            .ToListAsync();
        if (plans.Count == 0)
        {
            return;
        }

        var province = await db.Provinces.AsNoTracking().FirstAsync(p => p.Id == plans[0].ProvinceId);
        var planIds = plans.Select(p => p.Id).ToList();
        var communeReports = await db.CommuneReports.AsNoTracking().Where(r => planIds.Contains(r.PlanId)).ToListAsync();
        var unitReports = await db.UnitReports.AsNoTracking().Where(r => planIds.Contains(r.PlanId))
            .Select(r => new { r.PlanId, r.UnitId, r.Period, r.Status }).ToListAsync();
        Plans = plans.Select(plan =>
        {
            var units = ReportingUnits.Of(plan).Count;
            var periods = ReportingCalendar.For(plan.Year, plan.ReportingPeriods, province.ReportingRules)
                .Select(period => new PeriodRow(
                    period,
                    communeReports.FirstOrDefault(r => r.PlanId == plan.Id && r.Period == period.Kind),
                    unitReports.Count(r => r.PlanId == plan.Id && r.Period == period.Kind && r.Status == UnitReportStatus.Submitted),
                    units,
                    UnitId is { } mine ? unitReports.FirstOrDefault(r => r.PlanId == plan.Id && r.Period == period.Kind && r.UnitId == mine)?.Status : null))
                .ToList();
            return new PlanReports(plan, periods);
        }).ToList();
    }

    public sealed record PlanReports(Plan Plan, IReadOnlyList<PeriodRow> Periods);

    public sealed record PeriodRow(ReportPeriod Period, CommuneReport? Report, int UnitsSubmitted, int Units, UnitReportStatus? MyUnitStatus);
}
