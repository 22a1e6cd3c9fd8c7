using System.Globalization;
using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Domain.Geography;
using Loa.Plans;
using Loa.Plans.Progress;
using Loa.Reports;
using Loa.Text;
using Microsoft.EntityFrameworkCore;

namespace Loa.Notifications;

/// <summary>
/// The reminders Loa sends by itself: a report due within five days or overdue (to the commune's coordinator and
/// leader, and to the unit officers whose unit has not reported), a task that fell behind (to its lead unit's
/// officers, once a week), and a plan not issued by the province's deadline. Each reminder goes once to each
/// person (its key says which period, task or week it is about).
/// </summary>
public static class ReminderJob
{
    public static async Task<int> RunAsync(LoaDbContext db, DateOnly today, DateTime now, CancellationToken cancellationToken = default)
    {
        var sent = 0;
        var provinces = await db.Provinces.AsNoTracking().ToListAsync(cancellationToken);
        foreach (var province in provinces)
        {
            sent += await ProvinceAsync(db, province, today, now, cancellationToken: cancellationToken);
            db.ChangeTracker.Clear();
        }

        sent += await Feedbacks.FeedbackReminders.RunAsync(db, today, now, cancellationToken);
        db.ChangeTracker.Clear();
        return sent;
    }

    /// <summary>
    /// The province officer's "remind every late commune": communes without an issued plan past the deadline, or with
    /// an overdue report not sent.
    /// </summary>
    public static async Task<(int Communes, int People)> RemindLateCommunesAsync(
        LoaDbContext db, Province province, DateOnly today, DateTime now, CancellationToken cancellationToken = default)
    {
        var late = await LateCommunesAsync(db, province, today, cancellationToken);
        var people = 0;
        foreach (var (communeId, why) in late)
        {
            people += await Notifier.NotifyAsync(db, await Recipients.CommuneStaffAsync(
                db, communeId, [UserRole.Coordinator, UserRole.Leader], cancellationToken),
                "Tỉnh nhắc: " + why, $"{province.Name} đề nghị xã, phường khẩn trương hoàn thành: {why}", "/reports", $"province-reminder:{communeId}:{today:yyyyMMdd}", now, cancellationToken: cancellationToken);
        }

        return (late.Count, people);
    }

    /// <summary>The communes of the province that are late today, and why (in Vietnamese).</summary>
    public static async Task<List<(int CommuneId, string Why)>> LateCommunesAsync(
        LoaDbContext db, Province province, DateOnly today, CancellationToken cancellationToken = default)
    {
        var year = today.Year;
        var communes = await db.Communes.AsNoTracking().Where(c => c.ProvinceId == province.Id).Select(c => c.Id).ToListAsync(cancellationToken);
        var plans = await db.Plans.AsNoTracking().IgnoreQueryFilters()
            .Where(p => p.ProvinceId == province.Id && p.CommuneId != null && p.UnitId == null && p.Year == year)
            .Select(p => new { p.Id, CommuneId = p.CommuneId!.Value, p.Status, p.ReportingPeriods })
            .ToListAsync(cancellationToken);
        var sentReports = await db.CommuneReports.AsNoTracking().IgnoreQueryFilters()
            .Where(r => r.ProvinceId == province.Id && r.Year == year && r.Status == CommuneReportStatus.Sent)
            .Select(r => new { r.PlanId, r.Period })
            .ToListAsync(cancellationToken);
        var late = new List<(int, string)>();
        foreach (var communeId in communes)
        {
            var plan = plans.FirstOrDefault(p => p.CommuneId == communeId && p.Status == PlanStatus.Issued);
            if (plan is null)
            {
                if (today > province.PlanDue(year))
                {
                    late.Add((communeId, $"chưa ban hành kế hoạch thông tin, tuyên truyền CCHC năm {year} (hạn {DocumentDate.Numeric(province.PlanDue(year))})"));
                }

                continue;
            }

            var overdue = ReportingCalendar.For(year, plan.ReportingPeriods, province.ReportingRules)
                .Where(p => today > p.Due && !sentReports.Any(r => r.PlanId == plan.Id && r.Period == p.Kind))
                .ToList();
            if (overdue.Count > 0)
            {
                late.Add((communeId, $"chưa gửi báo cáo {string.Join(", ", overdue.Select(p => p.Name))}"));
            }
        }

        return late;
    }

    private static async Task<int> ProvinceAsync(LoaDbContext db, Province province, DateOnly today, DateTime now, CancellationToken cancellationToken)
    {
        var sent = 0;
        var year = today.Year;
        var plans = await db.Plans.AsNoTrackingWithIdentityResolution().IgnoreQueryFilters()
            .Where(p => p.ProvinceId == province.Id && p.CommuneId != null && p.UnitId == null && p.Year == year && p.Status == PlanStatus.Issued)
            .Include(p => p.Tasks).ThenInclude(t => t.Units)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        if (plans.Count == 0)
        {
            return 0;
        }

        var planIds = plans.Select(p => p.Id).ToList();
        var communeReports = await db.CommuneReports.AsNoTracking().IgnoreQueryFilters()
            .Where(r => planIds.Contains(r.PlanId)).Select(r => new { r.PlanId, r.Period, r.Status }).ToListAsync(cancellationToken);
        var unitReports = await db.UnitReports.AsNoTracking().IgnoreQueryFilters()
            .Where(r => planIds.Contains(r.PlanId) && r.Status == UnitReportStatus.Submitted).Select(r => new { r.PlanId, r.Period, r.UnitId })
            .ToListAsync(cancellationToken);
        var activities = await db.Activities.AsNoTracking().IgnoreQueryFilters()
            .Where(a => planIds.Contains(a.PlanId)).Select(a => new { a.PlanId, a.TaskId, a.Date, a.Quantity }).ToListAsync(cancellationToken);
        var week = ISOWeek.GetWeekOfYear(today.ToDateTime(TimeOnly.MinValue));
        foreach (var plan in plans)
        {
            var communeId = plan.CommuneId!.Value;
            foreach (var period in ReportingCalendar.For(year, plan.ReportingPeriods, province.ReportingRules))
            {
                var state = period.StateOn(today);
                var done = communeReports.Any(r => r.PlanId == plan.Id && r.Period == period.Kind && r.Status == CommuneReportStatus.Sent);
                if (done || state is ReportWindow.NotOpen or ReportWindow.Open || today > period.Due.AddDays(30))
                {
                    continue;
                }

                var overdue = state == ReportWindow.Overdue;
                var title = overdue ? $"Báo cáo {period.Name} đã quá hạn" : $"Báo cáo {period.Name} sắp đến hạn";
                var body = $"Hạn gửi báo cáo {period.Name}: {DocumentDate.Numeric(period.Due)} (số liệu đến {DocumentDate.Numeric(period.DataTo)}).";
                sent += await Notifier.NotifyAsync(db, await Recipients.CommuneStaffAsync(
                    db, communeId, [UserRole.Coordinator, UserRole.Leader], cancellationToken),
                    title, body, $"/reports/commune?plan={plan.Id}&period={period.Code}", $"{(overdue ? "report-overdue" : "report-due")}:{plan.Id}:{period.Code}", now, cancellationToken: cancellationToken);
                if (!overdue)
                {
                    var involved = plan.Tasks.SelectMany(t => t.Units).Select(u => u.UnitId).OfType<int>().Distinct();
                    foreach (var unitId in involved.Where(u => !unitReports.Any(r => r.PlanId == plan.Id && r.Period == period.Kind && r.UnitId == u)))
                    {
                        sent += await Notifier.NotifyAsync(db, await Recipients.UnitOfficersAsync(db, unitId, cancellationToken),
                            $"Đơn vị chưa gửi báo cáo {period.Name}", body, $"/reports/unit?plan={plan.Id}&period={period.Code}&unit={unitId}",
                            $"unit-report-due:{plan.Id}:{period.Code}:{unitId}", now, cancellationToken: cancellationToken);
                    }
                }
            }

            var progress = PlanProgress.Evaluate(plan, activities.Where(a => a.PlanId == plan.Id).Select(a => (a.TaskId, a.Date, a.Quantity)), today);
            foreach (var task in plan.Tasks.Where(t => t.Children.Count == 0 && progress[t.Id].IsLate))
            {
                foreach (var lead in task.Leads.Select(l => l.UnitId).OfType<int>())
                {
                    sent += await Notifier.NotifyAsync(db, await Recipients.UnitOfficersAsync(db, lead, cancellationToken),
                        $"Nhiệm vụ {task.Label} chậm tiến độ", $"{task.Name}: {progress[task.Id].Explanation}", "/tasks/mine",
                        $"task-late:{task.Id}:{year}-w{week}", now, cancellationToken: cancellationToken);
                }
            }
        }

        return sent;
    }
}
