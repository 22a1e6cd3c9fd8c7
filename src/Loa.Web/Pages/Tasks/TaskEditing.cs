using Loa.Data;
using Loa.Plans;
using Loa.Text;
using Loa.Units;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Tasks;

/// <summary>What the task create and edit pages both need: the plan with its tasks, the commune's units, and sibling ordering.</summary>
public sealed class TaskEditing(LoaDbContext db)
{
    public Plan? Plan { get; private set; }

    public IReadOnlyList<Unit> Units { get; private set; } = [];

    public IReadOnlyList<KeyTask> MainTasks => Plan?.Tasks.Where(t => t.ParentId is null).OrderBy(t => t.Order).ToList() ?? [];

    public async Task<bool> LoadAsync(int planId)
    {
        Plan = await db.Plans.Include(p => p.Tasks).ThenInclude(t => t.Units).AsSplitQuery().FirstOrDefaultAsync(p => p.Id == planId);
        Units = (await db.Units.AsNoTracking().Where(u => !u.IsArchived).ToListAsync()).OrderBy(u => u.Kind)
            .ThenBy(u => u.Name, VietnameseOrder.Instance).ToList();
        return Plan is not null;
    }

    /// <summary>
    /// Puts the task among its siblings where its position says: position 30 makes it the third (the others
    /// are counted 10, 20, 30 … without it, and the task goes before the one it ties with), so a task saved
    /// with its position unchanged stays where it was.
    /// </summary>
    public void PlaceAmongSiblings(KeyTask task, int position)
    {
        var siblings = Plan!.Tasks.Where(t => t.ParentId == task.ParentId && t != task && !(task.ParentId is null && t.Parent is not null))
            .OrderBy(t => t.Order)
            .Select((t, i) => (Task: t, Key: (i + 1) * 10))
            .Append((Task: task, Key: position))
            .OrderBy(x => x.Key).ThenBy(x => x.Task == task ? 0 : 1)
            .ToList();
        for (var i = 0; i < siblings.Count; i++)
        {
            siblings[i].Task.Order = i;
        }
    }
}
