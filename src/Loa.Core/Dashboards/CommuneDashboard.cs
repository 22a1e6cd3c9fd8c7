using Loa.Activities;
using Loa.Data;
using Loa.Domain.Geography;
using Loa.Plans;
using Loa.Plans.Progress;
using Loa.Reports;
using Loa.Text;
using Microsoft.EntityFrameworkCore;

namespace Loa.Dashboards;

/// <summary>A task as the dashboard draws it: its progress today and the unit that leads it.</summary>
public sealed record TaskStanding(KeyTask Task, TaskProgress Progress, string? Lead);

/// <summary>What a unit has done under the plan and how its tasks stand.</summary>
public sealed record UnitStanding(int UnitId, string Name, int Activities, long Reach, int TasksLed, int TasksLate);

/// <summary>Something with a deadline in the coming weeks, or past it: a task's timeframe, a report.</summary>
public sealed record DueItem(string What, DateOnly Due, string Link, bool IsOverdue);

/// <summary>The commune dashboard of one issued plan: figures for its charts and the lists of what needs attention.</summary>
public sealed record CommuneOverview(
    Plan Plan,
    DateOnly Today,
    int Months,
    IReadOnlyList<TaskStanding> Tasks,
    IReadOnlyList<UnitStanding> Units,
    IReadOnlyDictionary<ChannelKind, int[]> ChannelByMonth,
    IReadOnlyDictionary<ContentArea, int[]> AreaByMonth,
    long[] ParticipantsByMonth,
    long[] ViewsByMonth,
    long[] CopiesByMonth,
    int[] CompletedByMonth,
    int[] LateByMonth,
    IReadOnlyList<DueItem> Due)
{
    public int ActivityCount => ChannelByMonth.Values.Sum(m => m.Sum());

    public long Reach => ParticipantsByMonth.Sum() + ViewsByMonth.Sum() + CopiesByMonth.Sum();

    public int Count(ProgressStatus status) => Tasks.Count(t => t.Progress.Status == status);

    public IEnumerable<TaskStanding> Late => Tasks.Where(t => t.Progress.IsLate);
}

/// <summary>Builds the commune dashboard: the plan with its tasks, one narrow read of its activities, the commune's reports.</summary>
public static class CommuneDashboard
{
    /// <summary>How far ahead "due soon" looks.</summary>
    public const int DueSoonDays = 30;

    public static async Task<CommuneOverview> BuildAsync(
        LoaDbContext db, Plan plan, Province province, DateOnly today, CancellationToken cancellationToken = default)
    {
        var activities = await db.Activities.AsNoTracking().Where(a => a.PlanId == plan.Id)
            .Select(a => new { a.TaskId, a.UnitId, a.Date, a.Quantity, a.Channel, a.ContentArea, a.Participants, a.Views, a.Copies })
            .ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().Where(u => u.CommuneId == plan.CommuneId)
            .Select(u => new { u.Id, u.Name }).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken);
        var sent = await db.CommuneReports.AsNoTracking()
            .Where(r => r.PlanId == plan.Id && r.Status == CommuneReportStatus.Sent).Select(r => r.Period).ToListAsync(cancellationToken);

        var months = plan.Year < today.Year ? 12 : plan.Year > today.Year ? 0 : today.Month;
        var counted = activities.Where(a => a.Date <= today).ToList();
        var facts = counted.Select(a => (a.TaskId, a.Date, a.Quantity)).ToList();
        var progress = PlanProgress.Evaluate(plan, facts, today);
        var leaves = Ordered(plan).Where(t => t.Children.Count == 0).ToList();
        string? LeadOf(KeyTask t) => t.Leads.FirstOrDefault() is { } lead ? lead.UnitId is { } id && units.TryGetValue(id, out var n) ? n : lead.Name : null;
        var tasks = leaves.Select(t => new TaskStanding(t, progress[t.Id], LeadOf(t))).ToList();

        var channel = new Dictionary<ChannelKind, int[]>();
        var area = new Dictionary<ContentArea, int[]>();
        long[] participants = new long[12], views = new long[12], copies = new long[12];
        foreach (var a in counted.Where(a => a.Date.Year == plan.Year))
        {
            var m = a.Date.Month - 1;
            (channel.TryGetValue(a.Channel, out var c) ? c : channel[a.Channel] = new int[12])[m]++;
            (area.TryGetValue(a.ContentArea, out var s) ? s : area[a.ContentArea] = new int[12])[m]++;
            participants[m] += a.Participants ?? 0;
            views[m] += a.Views ?? 0;
            copies[m] += a.Copies ?? 0;
        }

        // How many tasks were completed and late at the end of each month so far: the plan's course over the year.
        var completedByMonth = new int[months];
        var lateByMonth = new int[months];
        for (var m = 1; m <= months; m++)
        {
            var monthEnd = new DateOnly(plan.Year, m, DateTime.DaysInMonth(plan.Year, m));
            var at = monthEnd < today ? monthEnd : today;
            var then = PlanProgress.Evaluate(plan, facts, at);
            completedByMonth[m - 1] = leaves.Count(t => then[t.Id].Status == ProgressStatus.Completed);
            lateByMonth[m - 1] = leaves.Count(t => then[t.Id].IsLate);
        }

        var unitRows = units
            .Select(u => new UnitStanding(
                u.Key,
                u.Value,
                counted.Count(a => a.UnitId == u.Key),
                counted.Where(a => a.UnitId == u.Key).Sum(a => (long)(a.Participants ?? 0) + (a.Views ?? 0) + (a.Copies ?? 0)),
                leaves.Count(t => t.Leads.Any(l => l.UnitId == u.Key)),
                leaves.Count(t => t.Leads.Any(l => l.UnitId == u.Key) && progress[t.Id].IsLate)))
            .Where(u => u.Activities > 0 || u.TasksLed > 0)
            .OrderByDescending(u => u.Activities).ThenBy(u => u.Name, VietnameseOrder.Instance)
            .ToList();

        var due = new List<DueItem>();
        foreach (var t in tasks.Where(t => t.Progress.Status != ProgressStatus.Completed))
        {
            var end = TimeframeReader.Read(t.Task.Timeframe ?? t.Task.Parent?.Timeframe, plan.Year).End;
            if (end >= today && end <= today.AddDays(DueSoonDays))
            {
                due.Add(new DueItem($"Nhiệm vụ {t.Task.Label} {t.Task.Name}", end, $"/plans/details/{plan.Id}#task-{t.Task.Id}", false));
            }
        }

        foreach (var period in ReportingCalendar.For(plan.Year, plan.ReportingPeriods, province.ReportingRules).Where(p => !sent.Contains(p.Kind)))
        {
            var state = period.StateOn(today);
            if (state == ReportWindow.Overdue || (state != ReportWindow.NotOpen && period.Due <= today.AddDays(DueSoonDays)))
            {
                due.Add(new DueItem($"Báo cáo {period.Name}", period.Due, $"/reports/commune?plan={plan.Id}&period={period.Code}", state == ReportWindow.Overdue));
            }
        }

        return new CommuneOverview(plan, today, months, tasks, unitRows, channel, area, participants, views, copies, completedByMonth, lateByMonth,
            due.OrderByDescending(d => d.IsOverdue).ThenBy(d => d.Due).ToList());
    }

    /// <summary>The tasks in the order of the plan's table: each parent followed by its sub-rows.</summary>
    public static IEnumerable<KeyTask> Ordered(Plan plan)
    {
        IEnumerable<KeyTask> Walk(KeyTask t) => t.Children.OrderBy(c => c.Order).SelectMany(Walk).Prepend(t);
        return plan.Tasks.Where(t => t.ParentId is null).OrderBy(t => t.Order).SelectMany(Walk);
    }
}
