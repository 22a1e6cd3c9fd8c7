using Loa.Activities;
using Loa.Plans;
using Loa.Plans.Progress;
using Loa.Reports;

namespace Loa.Reports;

/// <summary>
/// The figures of a periodic report, computed from the recorded activities: per key task the target, what was
/// done in the period and to date by every unit, the share of the target, and the verdict on the cut-off day; totals
/// by channel and by content area for the period, and the year to date; the late tasks with the reason; the summary
/// of the totals in words. Every figure keeps the ids of the activities it counts. A unit's report is about the
/// unit: the tasks it leads, whole (the same figures and verdict as the commune's report), its part in the tasks
/// others lead apart (its own activities, no verdict), and the totals of what it did itself.
/// </summary>
public static class ReportFigures
{
    public static ReportDocument Fill(
        ReportDocument report,
        Plan plan,
        IReadOnlyList<ReportActivity> activities,
        ReportPeriod period,
        int? unitId = null,
        IReadOnlyDictionary<int, string>? causesByUnit = null)
    {
        var counted = activities.Where(a => period.CountsToDate(a.Date)).ToList();
        var progress = PlanProgress.Evaluate(plan, counted.Select(a => (a.TaskId, a.Date, a.Quantity)), period.DataTo);
        var byTask = counted.GroupBy(a => a.TaskId).ToDictionary(g => g.Key, g => g.ToList());
        var own = unitId is null ? counted : counted.Where(a => a.UnitId == unitId).ToList();
        var ownByTask = own.GroupBy(a => a.TaskId).ToDictionary(g => g.Key, g => g.ToList());

        report.Format = ReportDocument.FormatName;
        report.TotalsAreToDate = false;
        report.ForUnit = unitId is not null;
        report.Period = new ReportPeriodInfo
        {
            Year = period.Year,
            Code = period.Code,
            Name = period.Name,
            DataFrom = Iso(period.DataFrom),
            DataTo = Iso(period.DataTo),
            PeriodFrom = Iso(period.PeriodFrom),
        };
        report.Tasks = [];
        report.Contributions = [];
        report.Late = [];
        foreach (var task in Ordered(plan))
        {
            if (unitId is { } unit && !Leads(task, unit))
            {
                // Its own activities on the task and on the sub-rows it does not lead itself (those are in its own table).
                var mine = DescendantTasks(task).Where(t => t == task || !Leads(t, unit)).SelectMany(t => ownByTask.GetValueOrDefault(t.Id) ?? []).ToList();
                if (mine.Count > 0 || task.Units.Any(u => u.UnitId == unit))
                {
                    report.Contributions.Add(new ReportContributionLine
                    {
                        Label = task.Label,
                        Name = task.Name,
                        Lead = LeadNames(task),
                        DoneThisPeriod = mine.Where(a => period.CountsThisPeriod(a.Date)).Sum(a => a.Quantity),
                        DoneToDate = mine.Sum(a => a.Quantity),
                        Activities = mine.Count,
                        ActivityIds = mine.Select(a => a.Id).Order().ToList(),
                        IsSubRow = IsSubRow(task),
                    });
                }

                continue;
            }

            var all = Descendants(task).SelectMany(id => byTask.GetValueOrDefault(id) ?? []).ToList();
            var verdict = progress[task.Id];
            var line = new ReportTaskLine
            {
                Label = task.Label,
                Name = task.Name,
                Lead = LeadNames(task),
                Target = task.QuantityValue,
                TargetText = task.QuantityText,
                DoneThisPeriod = all.Where(a => period.CountsThisPeriod(a.Date)).Sum(a => a.Quantity),
                DoneToDate = all.Sum(a => a.Quantity),
                Activities = all.Count,
                Reach = all.Sum(a => (a.Participants ?? 0) + (a.Views ?? 0) + (a.Copies ?? 0)),
                Status = verdict.Status.Label(),
                Explanation = verdict.Explanation,
                ActivityIds = all.Select(a => a.Id).Order().ToList(),
                IsSubRow = IsSubRow(task),
            };
            line.Percent = task.QuantityValue is > 0 ? Math.Round(100.0 * line.DoneToDate / task.QuantityValue.Value, 1) : null;
            report.Tasks.Add(line);
            if (verdict.IsLate && (task.Children.Count == 0 || task.QuantityValue is not null))
            {
                var causes = task.Leads.Select(l => l.UnitId).OfType<int>()
                    .Select(u => causesByUnit?.GetValueOrDefault(u)).OfType<string>().Where(c => c.Length > 0).ToList();
                report.Late.Add(new ReportLateItem
                {
                    Label = task.Label,
                    Name = task.Name,
                    Lead = line.Lead,
                    Why = causes.Count == 0 ? verdict.Explanation : $"{verdict.Explanation} {string.Join(" ", causes)}",
                });
            }
        }

        var thisPeriod = own.Where(a => period.CountsThisPeriod(a.Date)).ToList();
        report.ByChannel = thisPeriod.GroupBy(a => a.Channel).OrderBy(g => g.Key).Select(g => Total(g.Key.Label(), g)).ToList();
        report.ByContentArea = thisPeriod.GroupBy(a => a.ContentArea).OrderBy(g => g.Key).Select(g => Total(g.Key.Label(), g)).ToList();
        report.Overall = Total("Tổng cộng", thisPeriod);
        report.OverallToDate = Total(ToDateName, own);
        report.Summary = ReportSummary.Write(report);
        return report;
    }

    /// <summary>The name of the year-to-date total row.</summary>
    public const string ToDateName = "Lũy kế từ đầu năm";

    /// <summary>The tasks in the order of the plan's table: each row, then its sub-rows.</summary>
    public static IEnumerable<KeyTask> Ordered(Plan plan)
    {
        var roots = plan.Tasks.Where(t => t.ParentId is null && t.Parent is null).OrderBy(t => t.Order);
        return roots.SelectMany(t => t.Children.OrderBy(c => c.Order).Prepend(t));
    }

    /// <summary>Whether the unit leads the task, or the row a sub-row belongs to.</summary>
    public static bool Leads(KeyTask task, int unitId) =>
        task.Leads.Any(u => u.UnitId == unitId) || (task.Parent?.Leads.Any(u => u.UnitId == unitId) ?? false);

    private static string LeadNames(KeyTask task) => string.Join("; ", task.Leads.Select(l => l.Name));

    private static bool IsSubRow(KeyTask task) => task.ParentId is not null || task.Parent is not null;

    private static IEnumerable<int> Descendants(KeyTask task) => DescendantTasks(task).Select(t => t.Id);

    private static IEnumerable<KeyTask> DescendantTasks(KeyTask task) => task.Children.SelectMany(DescendantTasks).Prepend(task);

    private static ReportTotal Total(string name, IEnumerable<ReportActivity> activities)
    {
        var list = activities.ToList();
        return new ReportTotal
        {
            Name = name,
            Activities = list.Count,
            Quantity = list.Sum(a => a.Quantity),
            Participants = list.Sum(a => a.Participants ?? 0),
            Views = list.Sum(a => a.Views ?? 0),
            Copies = list.Sum(a => a.Copies ?? 0),
            ActivityIds = list.Select(a => a.Id).Order().ToList(),
        };
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
