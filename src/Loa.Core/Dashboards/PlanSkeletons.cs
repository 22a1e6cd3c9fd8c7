using Loa.Data;
using Loa.Plans;
using Microsoft.EntityFrameworkCore;

namespace Loa.Dashboards;

/// <summary>
/// Just enough of many plans to judge their tasks' progress: each task's place in the tree, timeframe and target,
/// read in one narrow query instead of loading whole plans.
/// </summary>
public static class PlanSkeletons
{
    /// <param name="ignoreTenant">Read past the tenant filter (the read model's computation, bounded by the plan ids).</param>
    public static async Task<Dictionary<int, Plan>> LoadAsync(
        LoaDbContext db, IReadOnlyCollection<int> planIds, bool ignoreTenant = false, CancellationToken cancellationToken = default)
    {
        var source = ignoreTenant ? db.Tasks.IgnoreQueryFilters() : db.Tasks;
        var rows = await source.AsNoTracking()
            .Where(t => planIds.Contains(t.PlanId))
            .Select(t => new { t.Id, t.PlanId, t.ParentId, t.Order, t.Label, t.Name, t.Timeframe, t.QuantityValue, t.Indices })
            .ToListAsync(cancellationToken);
        var tasks = rows.ToDictionary(r => r.Id, r => new KeyTask
        {
            Id = r.Id,
            PlanId = r.PlanId,
            ParentId = r.ParentId,
            Order = r.Order,
            Label = r.Label,
            Name = r.Name,
            Timeframe = r.Timeframe,
            QuantityValue = r.QuantityValue,
            Indices = r.Indices,
        });
        foreach (var task in tasks.Values.Where(t => t.ParentId is not null))
        {
            if (tasks.TryGetValue(task.ParentId!.Value, out var parent))
            {
                task.Parent = parent;
                parent.Children.Add(task);
            }
        }

        return tasks.Values.GroupBy(t => t.PlanId).ToDictionary(g => g.Key, g => new Plan { Id = g.Key, Tasks = g.OrderBy(t => t.Order).ToList() });
    }
}
