using Loa.Dashboards;
using Loa.Data;
using Loa.Domain;
using Loa.Plans;
using Loa.Plans.Progress;
using Loa.Reports;
using Loa.Text;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Dashboards;

/// <summary>
/// The province dashboard as it was computed before the read model (decision 38), straight from the base tables on
/// every request: kept here, and only here, as the reference the read model is checked against.
/// </summary>
public static class ProvinceDashboardReference
{
    private static readonly ReportPeriodKind[] AllPeriods = [
        ReportPeriodKind.Quarter1, ReportPeriodKind.HalfYear, ReportPeriodKind.NineMonths, ReportPeriodKind.Year
    ];

    public static async Task<ProvinceOverview> BuildAsync(
        LoaDbContext db, Loa.Domain.Geography.Province province, int year, DateOnly today, CancellationToken cancellationToken = default)
    {
        var communes = await db.Communes.AsNoTracking().Where(c => c.ProvinceId == province.Id)
            .Select(c => new { c.Id, c.Code, c.Name }).ToListAsync(cancellationToken);
        communes = [.. communes.OrderBy(c => c.Name, VietnameseOrder.Instance)];
        var plans = await db.Plans.AsNoTracking()
            .Where(p => p.ProvinceId == province.Id && p.Year == year && p.CommuneId != null && p.UnitId == null)
            .Select(p => new { p.Id, CommuneId = p.CommuneId!.Value, p.Status, p.IssuedOn, p.ReportingPeriods, p.UpdatedAt })
            .ToListAsync(cancellationToken);
        // By the issued plans' ids rather than a subquery: the database then reads them through the PlanId indexes,
        // only this province's rows, instead of scanning the whole country's activities and tasks.
        var issued = plans.Where(p => p.Status == PlanStatus.Issued).Select(p => p.Id).ToList();
        var skeletons = await PlanSkeletons.LoadAsync(db, issued, cancellationToken: cancellationToken);
        var activities = await db.Activities.AsNoTracking()
            .Where(a => issued.Contains(a.PlanId))
            .Select(a => new { a.PlanId, a.TaskId, a.Date, a.Quantity, Reach = (a.Participants ?? 0) + (a.Views ?? 0) + (a.Copies ?? 0) })
            .ToListAsync(cancellationToken);
        var reports = await db.CommuneReports.AsNoTracking()
            .Where(r => r.ProvinceId == province.Id && r.Year == year && r.Status == CommuneReportStatus.Sent)
            .Select(r => new { r.PlanId, r.Period, r.SentAt })
            .ToListAsync(cancellationToken);

        var rules = province.ReportingRules;
        var periods = AllPeriods.Select(k => ReportingCalendar.Get(year, k, rules)).ToList();
        var due = province.PlanDue(year);
        var activitiesByPlan = activities.ToLookup(a => a.PlanId);
        var byMonth = new int[12];
        var reachByMonth = new long[12];
        foreach (var a in activities.Where(a => a.Date.Year == year && a.Date <= today))
        {
            byMonth[a.Date.Month - 1]++;
            reachByMonth[a.Date.Month - 1] += a.Reach;
        }

        var sentOn = reports.GroupBy(r => (r.PlanId, r.Period))
            .ToDictionary(g => g.Key, g => g.Min(r => r.SentAt is { } at ? DateOnly.FromDateTime(VietnamTime.Local(at)) : DateOnly.MaxValue));
        var plansByCommune = plans.ToLookup(p => p.CommuneId);
        var rows = new List<CommuneStanding>(communes.Count);
        foreach (var commune in communes)
        {
            // The issued plan when there is one (an issued amendment, not the plan it superseded); otherwise the one furthest along.
            // Whether it was issued on time is the first issue's date: an amendment later in the year does not make it late.
            var plan = plansByCommune[commune.Id].Where(p => p.Status != PlanStatus.Superseded)
                .OrderByDescending(p => p.Status).ThenByDescending(p => p.UpdatedAt).FirstOrDefault();
            var isIssued = plan?.Status == PlanStatus.Issued;
            var firstIssued = plansByCommune[commune.Id].Where(p => p.Status is PlanStatus.Issued or PlanStatus.Superseded).Min(p => p.IssuedOn);
            var standing = isIssued
                ? (firstIssued is { } on && on > due ? PlanStanding.Late : PlanStanding.OnTime)
                : today > due ? PlanStanding.Missing : PlanStanding.Pending;
            var reportStandings = new Dictionary<ReportPeriodKind, ReportStanding>();
            foreach (var period in periods)
            {
                reportStandings[period.Kind] = !isIssued ? ReportStanding.NoPlan
                    : !ReportingCalendar.Required(plan!.ReportingPeriods).Contains(period.Kind) ? ReportStanding.NotRequired
                    : sentOn.TryGetValue((plan.Id, period.Kind), out var sent)
                        ? (sent <= period.Due ? ReportStanding.SentOnTime : ReportStanding.SentLate)
                    : period.StateOn(today) switch
                    {
                        ReportWindow.NotOpen => ReportStanding.NotOpen,
                        ReportWindow.Overdue => ReportStanding.Missing,
                        _ => ReportStanding.Open,
                    };
            }

            int tasks = 0, completed = 0, late = 0, count = 0;
            long reach = 0;
            if (isIssued)
            {
                var own = activitiesByPlan[plan!.Id].ToList();
                count = own.Count;
                reach = own.Sum(a => (long)a.Reach);
                if (skeletons.TryGetValue(plan.Id, out var skeleton))
                {
                    skeleton.Year = year;
                    var progress = PlanProgress.Evaluate(skeleton, own.Select(a => (a.TaskId, a.Date, a.Quantity)), today);
                    var leaves = skeleton.Tasks.Where(t => t.Children.Count == 0).ToList();
                    tasks = leaves.Count;
                    completed = leaves.Count(t => progress[t.Id].Status == ProgressStatus.Completed);
                    late = leaves.Count(t => progress[t.Id].IsLate);
                }
            }

            rows.Add(new CommuneStanding(
                commune.Id,
                commune.Code,
                commune.Name,
                plan?.Id,
                plan?.Status,
                plan?.IssuedOn,
                standing,
                reportStandings,
                tasks,
                completed,
                late,
                count,
                reach));
        }

        return new ProvinceOverview(province, year, today, due, periods, rows, byMonth, reachByMonth);
    }
}
