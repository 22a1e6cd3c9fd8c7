using Loa.Domain.Activities;
using Loa.Domain.Plans;
using Loa.Domain.Progress;
using Loa.Domain.Reports;

namespace Loa.Reports;

/// <summary>
/// The figures of a periodic report, computed from the recorded activities: per key task the target, what was
/// done in the period and to date, the share of the target, and the verdict on the cut-off day; totals by channel
/// and by content area to date; and the late tasks with the reason. Every figure keeps the ids of the activities
/// it counts. For a unit's report only that unit's activities and tasks count.
/// </summary>
public static class ReportFigures
{
    public static ReportDocument Fill(ReportDocument report, Plan plan, IReadOnlyList<ReportActivity> activities, ReportPeriod period, int? unitId = null, IReadOnlyDictionary<int, string>? causesByUnit = null)
    {
        var counted = activities.Where(a => period.CountsToDate(a.Date) && (unitId is null || a.UnitId == unitId)).ToList();
        var progress = PlanProgress.Evaluate(plan, counted.Select(a => (a.TaskId, a.Date, a.Quantity)), period.DataTo);
        var byTask = counted.GroupBy(a => a.TaskId).ToDictionary(g => g.Key, g => g.ToList());

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
        report.Late = [];
        foreach (var task in Ordered(plan).Where(t => unitId is null || Involves(t, unitId.Value)))
        {
            var own = Descendants(task).SelectMany(id => byTask.GetValueOrDefault(id) ?? []).ToList();
            var verdict = progress[task.Id];
            var line = new ReportTaskLine
            {
                Label = task.Label,
                Name = task.Name,
                Lead = string.Join("; ", task.Leads.Select(l => l.Name)),
                Target = task.QuantityValue,
                TargetText = task.QuantityText,
                DoneThisPeriod = own.Where(a => period.CountsThisPeriod(a.Date)).Sum(a => a.Quantity),
                DoneToDate = own.Sum(a => a.Quantity),
                Activities = own.Count,
                Reach = own.Sum(a => (a.Participants ?? 0) + (a.Views ?? 0) + (a.Copies ?? 0)),
                Status = verdict.Status.Label(),
                Explanation = verdict.Explanation,
                ActivityIds = own.Select(a => a.Id).Order().ToList(),
                IsSubRow = task.ParentId is not null || task.Parent is not null,
            };
            line.Percent = task.QuantityValue is > 0 ? Math.Round(100.0 * line.DoneToDate / task.QuantityValue.Value, 1) : null;
            report.Tasks.Add(line);
            if (verdict.IsLate && (task.Children.Count == 0 || task.QuantityValue is not null))
            {
                var causes = task.Leads.Select(l => l.UnitId).OfType<int>().Select(u => causesByUnit?.GetValueOrDefault(u)).OfType<string>().Where(c => c.Length > 0).ToList();
                report.Late.Add(new ReportLateItem
                {
                    Label = task.Label,
                    Name = task.Name,
                    Lead = line.Lead,
                    Why = causes.Count == 0 ? verdict.Explanation : $"{verdict.Explanation} {string.Join(" ", causes)}",
                });
            }
        }

        var inScope = unitId is null ? counted : counted.Where(a => report.Tasks.Any(t => t.ActivityIds.Contains(a.Id))).ToList();
        report.ByChannel = inScope.GroupBy(a => a.Channel).OrderBy(g => g.Key).Select(g => Total(g.Key.Label(), g)).ToList();
        report.ByContentArea = inScope.GroupBy(a => a.ContentArea).OrderBy(g => g.Key).Select(g => Total(g.Key.Label(), g)).ToList();
        report.Overall = Total("Tổng cộng", inScope);
        return report;
    }

    /// <summary>The tasks in the order of the plan's table: each row, then its sub-rows.</summary>
    public static IEnumerable<KeyTask> Ordered(Plan plan)
    {
        var roots = plan.Tasks.Where(t => t.ParentId is null && t.Parent is null).OrderBy(t => t.Order);
        return roots.SelectMany(t => t.Children.OrderBy(c => c.Order).Prepend(t));
    }

    private static bool Involves(KeyTask task, int unitId) =>
        task.Units.Any(u => u.UnitId == unitId) || task.Children.Any(c => c.Units.Any(u => u.UnitId == unitId)) || (task.Parent?.Units.Any(u => u.UnitId == unitId) ?? false);

    private static IEnumerable<int> Descendants(KeyTask task) => task.Children.SelectMany(Descendants).Prepend(task.Id);

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
