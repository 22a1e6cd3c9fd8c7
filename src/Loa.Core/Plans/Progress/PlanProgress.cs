using Loa.Plans;

namespace Loa.Plans.Progress;

/// <summary>The progress of every task of a plan on a day. A task with sub-rows counts their activities too, and is as late as its latest sub-row.</summary>
public static class PlanProgress
{
    public static Dictionary<int, TaskProgress> Evaluate(Plan plan, IEnumerable<(int TaskId, DateOnly Date, int Quantity)> activities, DateOnly today)
    {
        var byTask = activities.GroupBy(a => a.TaskId).ToDictionary(g => g.Key, g => g.Select(a => (a.Date, a.Quantity)).ToList());
        var result = new Dictionary<int, TaskProgress>();
        foreach (var task in plan.Tasks.Where(t => t.Parent is null && t.ParentId is null))
        {
            Evaluate(task, null, plan.Year, byTask, today, result);
        }

        return result;
    }

    private static TaskProgress Evaluate(
        KeyTask task,
        string? inheritedTimeframe,
        int year,
        Dictionary<int, List<(DateOnly Date, int Quantity)>> byTask,
        DateOnly today,
        Dictionary<int, TaskProgress> result)
    {
        var timeframeText = task.Timeframe ?? inheritedTimeframe;
        var children = task.Children.OrderBy(c => c.Order).Select(c => Evaluate(c, timeframeText, year, byTask, today, result)).ToList();
        var own = byTask.GetValueOrDefault(task.Id) ?? [];
        var all = own.Concat(task.Children.SelectMany(c => Descendants(c)).SelectMany(id => byTask.GetValueOrDefault(id) ?? [])).ToList();
        var progress = ProgressRules.Evaluate(TimeframeReader.Read(timeframeText, year), task.QuantityValue, all, today);
        if (children.Count > 0 && task.QuantityValue is null)
        {
            var worst = children.MaxBy(c => Severity(c.Status))!;
            var status = children.All(c => c.Status == ProgressStatus.Completed) ? ProgressStatus.Completed : worst.Status;
            var why = status == ProgressStatus.Completed
                ? "Các nội dung con đều hoàn thành."
                : $"{children.Count(c => c.IsLate)}/{children.Count} nội dung con chậm hoặc quá hạn.";
            var explained = children.Any(c => c.IsLate) || status == ProgressStatus.Completed;
            progress = progress with { Status = status, Explanation = explained ? why : progress.Explanation };
        }

        result[task.Id] = progress;
        return progress;
    }

    private static IEnumerable<int> Descendants(KeyTask task) => task.Children.SelectMany(Descendants).Prepend(task.Id);

    private static int Severity(ProgressStatus status) => status switch
    {
        ProgressStatus.Overdue => 5,
        ProgressStatus.Behind => 4,
        ProgressStatus.OnTrack => 3,
        ProgressStatus.NotStarted => 2,
        _ => 1,
    };
}
