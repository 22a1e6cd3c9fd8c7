using Loa.Data;
using Loa.Domain;
using Loa.Domain.Geography;
using Loa.Plans;
using Loa.Reports;
using Loa.Units;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Reports;

/// <summary>What every report page starts from: an issued commune plan, its province's rules, and one period the plan requires.</summary>
public sealed class ReportContext(LoaDbContext db, TimeProvider time)
{
    public Plan Plan { get; private set; } = null!;

    public Domain.Geography.Province Province { get; private set; } = null!;

    public ReportPeriod Period { get; private set; } = null!;

    public DateOnly Today { get; private set; }

    public bool IsOpen => Today >= Period.Opens;

    /// <summary>False when the plan is not an issued commune plan the user can see, or the plan does not require the period.</summary>
    public async Task<bool> LoadAsync(int planId, string? periodCode)
    {
        var plan = await db.Plans.Visible(db.Scope).AsNoTrackingWithIdentityResolution().WithTasks()
            .FirstOrDefaultAsync(p => p.Id == planId && p.CommuneId != null && p.UnitId == null && p.Status == PlanStatus.Issued);
        if (plan is null || ReportPeriodKindText.FromCode(periodCode) is not { } kind || !ReportingCalendar.Required(plan.ReportingPeriods).Contains(kind))
        {
            return false;
        }

        Plan = plan;
        Province = await db.Provinces.AsNoTracking().FirstAsync(p => p.Id == plan.ProvinceId);
        Period = ReportAssembly.Period(plan, Province, kind);
        Today = VietnamTime.Today(time);
        return true;
    }

    /// <summary>The context as a kept page read it (decision record 42).</summary>
    public void Use(Plan plan, Domain.Geography.Province province, ReportPeriod period, DateOnly today) =>
        (Plan, Province, Period, Today) = (plan, province, period, today);

    public string Query => $"plan={Plan.Id}&period={Period.Code}";

    /// <summary>A unit of the plan's commune; null when the id names none of its units.</summary>
    public Task<Unit?> UnitAsync(int unitId) =>
        db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Id == unitId && u.CommuneId == Plan.CommuneId);

    /// <summary>The unit's report for the period, if it has begun one.</summary>
    public Task<UnitReport?> UnitReportAsync(int unitId) =>
        db.UnitReports.AsNoTracking().FirstOrDefaultAsync(r => r.PlanId == Plan.Id && r.UnitId == unitId && r.Year == Plan.Year && r.Period == Period.Kind);

    /// <summary>The unit's part as it stands: its figures frozen once sent, else computed from its activities now.</summary>
    public Task<ReportDocument> UnitDocumentAsync(Unit unit, UnitReport? report) =>
        ReportAssembly.ForUnitAsync(db, Plan, Province, unit, report ?? new UnitReport { Period = Period.Kind, Year = Plan.Year });

    /// <summary>True for the province officer, who reads a commune's reports from its dashboard (there is no reports list of the province's own).</summary>
    public bool ForProvince => db.Scope.CommuneId is null;
}
