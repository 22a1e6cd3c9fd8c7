using Loa.Data;
using Loa.Domain;
using Loa.Plans;
using Loa.Plans.Progress;
using Loa.Web.Infrastructure.Security;
using Loa.Web.Pages.Plans;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Tasks;

/// <summary>"My tasks": the tasks of issued plans that the user's unit leads or helps with, each with its progress, by plan (this year's first).</summary>
[Authorize(Policy = Policies.Recorder)]
public sealed class MineModel(LoaDbContext db, TimeProvider time) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public string? UnitName { get; private set; }

    public async Task OnGetAsync()
    {
        var unitId = db.Scope.UnitId;
        UnitName = unitId is null ? null : await db.Units.Where(u => u.Id == unitId).Select(u => u.Name).FirstOrDefaultAsync();
        var plans = await db.Plans.AsNoTrackingWithIdentityResolution()
            .Where(p => p.Status == PlanStatus.Issued && p.CommuneId != null && p.UnitId == null)
            .WithTasks()
            .ToListAsync();
        var planIds = plans.Select(p => p.Id).ToList();
        var activities = await db.Activities.Where(a => planIds.Contains(a.PlanId)).Select(a => new { a.PlanId, a.TaskId, a.Date, a.Quantity }).ToListAsync();
        var today = VietnamTime.Today(time);
        var rows = new List<Row>();
        foreach (var plan in plans.OrderByDescending(p => p.Year))
        {
            var progress = PlanProgress.Evaluate(plan, activities.Where(a => a.PlanId == plan.Id).Select(a => (a.TaskId, a.Date, a.Quantity)), today);
            var leaves = plan.Tasks.Where(t => t.Children.Count == 0).OrderBy(t => t.Parent?.Order ?? t.Order).ThenBy(t => t.ParentId is null ? -1 : t.Order);
            foreach (var task in leaves)
            {
                var links = task.Units.Concat(task.Parent?.Units ?? []).ToList();
                var role = unitId is null ? null
                    : links.Any(u => u.UnitId == unitId && u.Role == TaskUnitRole.Lead) ? "Chủ trì"
                    : links.Any(u => u.UnitId == unitId) ? "Phối hợp" : null;
                if (unitId is not null && role is null)
                {
                    continue;
                }

                rows.Add(new Row(plan, task, role ?? string.Join("; ", task.Leads.Select(l => l.Name)), progress[task.Id]));
            }
        }

        Today = today;
        Rows = rows;
        Groups = PlanYearCredit.Group(rows, r => (r.Plan.Id, r.Plan.Year), today)
            .Select(g => new Group(g.Tasks[0].Plan, g.Tasks.OrderByDescending(r => r.Progress.IsLate).ToList()))
            .ToList();
    }

    /// <summary>The rows by plan, the plan of this year first (the same task numbers recur every year).</summary>
    public IReadOnlyList<Group> Groups { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public sealed record Row(Plan Plan, KeyTask Task, string Role, TaskProgress Progress);

    public sealed record Group(Plan Plan, IReadOnlyList<Row> Rows);
}
