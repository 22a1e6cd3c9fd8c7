using Loa.Data;
using Loa.Plans;
using Loa.Plans.Progress;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Public;

/// <summary>
/// The portal home's four counters of the commune's issued plan (tasks, completed, on track, late), and its title and number.
/// Two queries of only what the counters need (decision record 37): the plan's title with its tasks' skeleton (order,
/// timeframe, target; no units, no text), then its activities' task, day and quantity — not the whole plan.
/// </summary>
public sealed record PortalPlanSummary(string Title, string NumberLine, int Tasks, int Completed, int OnTrack, int Late)
{
    // Compiled once (EF.CompileAsyncQuery): the portal home is the hottest page, and a compiled query skips building and
    // hashing the LINQ expression on every request (decision record 37).
    private static readonly PerModel<Func<LoaDbContext, int, int, Task<Head?>>> LatestIssued = new(() => EF.CompileAsyncQuery(
        (LoaDbContext db, int communeId, int year) => db.Plans.AsNoTracking()
            .Where(p => p.CommuneId == communeId && p.UnitId == null && p.Status == PlanStatus.Issued && p.Year <= year)
            .OrderByDescending(p => p.Year).ThenByDescending(p => p.IssuedOn).ThenBy(p => p.Id)
            .Select(p => new Head(
                p.Id,
                p.Year,
                p.Title,
                p.Number,
                p.Symbol,
                p.Tasks.Select(t => new TaskRow(t.Id, t.ParentId, t.Order, t.Timeframe, t.QuantityValue)).ToList()))
            .FirstOrDefault()));

    private static readonly PerModel<Func<LoaDbContext, int, IAsyncEnumerable<ActivityRow>>> ActivitiesOf = new(() => EF.CompileAsyncQuery(
        (LoaDbContext db, int planId) => db.Activities.AsNoTracking()
            .Where(a => a.PlanId == planId)
            .Select(a => new ActivityRow(a.TaskId, a.Date, a.Quantity))));

    public static async Task<PortalPlanSummary?> LoadAsync(LoaDbContext db, int communeId, DateOnly today, CancellationToken cancellationToken)
    {
        var found = await LatestIssued.For(db)(db, communeId, today.Year);
        if (found is null)
        {
            return null;
        }

        var activities = new List<ActivityRow>();
        await foreach (var activity in ActivitiesOf.For(db)(db, found.Id).WithCancellation(cancellationToken))
        {
            activities.Add(activity);
        }

        var tasks = found.Tasks.ToDictionary(
            t => t.Id,
            t => new KeyTask { Id = t.Id, ParentId = t.ParentId, Order = t.Order, Timeframe = t.Timeframe, QuantityValue = t.QuantityValue });
        foreach (var task in tasks.Values.Where(t => t.ParentId is not null))
        {
            tasks[task.ParentId!.Value].Children.Add(task);
        }

        var plan = new Plan { Id = found.Id, Year = found.Year, Title = found.Title, Number = found.Number, Symbol = found.Symbol, Tasks = [.. tasks.Values] };
        var progress = PlanProgress.Evaluate(plan, activities.Select(a => (a.TaskId, a.Date, a.Quantity)), today);
        var leaves = plan.Tasks.Where(t => t.Children.Count == 0).Select(t => progress.GetValueOrDefault(t.Id)?.Status).ToList();
        return new PortalPlanSummary(
            plan.Title,
            plan.NumberLine,
            leaves.Count,
            leaves.Count(s => s == ProgressStatus.Completed),
            leaves.Count(s => s == ProgressStatus.OnTrack),
            leaves.Count(s => s is ProgressStatus.Behind or ProgressStatus.Overdue));
    }

    private sealed record Head(int Id, int Year, string Title, string? Number, string Symbol, List<TaskRow> Tasks);

    private sealed record TaskRow(int Id, int? ParentId, int Order, string? Timeframe, int? QuantityValue);

    private sealed record ActivityRow(int TaskId, DateOnly Date, int Quantity);
}
