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
public sealed class MineModel(LoaDbContext db, TimeProvider time, Infrastructure.Reads.CommuneReads reads) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public string? UnitName { get; private set; }

    public async Task OnGetAsync()
    {
        var (unitId, communeId) = (db.Scope.UnitId, db.Scope.CommuneId);
        var cancellationToken = HttpContext.RequestAborted;

        // The same for everyone of the unit: kept for the commune's staff while its data has not changed (decision record 42).
        var page = communeId is { } commune
            ? await reads.GetAsync(commune, $"tasks-mine:{commune}:{unitId}", today => LoadAsync(db, unitId, today, cancellationToken), cancellationToken)
            : await LoadAsync(db, unitId, VietnamTime.Today(time), cancellationToken);
        (UnitName, Today, Rows, Groups) = (page.UnitName, page.Today, page.Rows, page.Groups);
    }

    private static async Task<Kept> LoadAsync(LoaDbContext db, int? unitId, DateOnly today, CancellationToken cancellationToken)
    {
        var unitName = unitId is null ? null : await db.Units.Where(u => u.Id == unitId).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken);
        var plans = await db.Plans.AsNoTrackingWithIdentityResolution()
            .Where(p => p.Status == PlanStatus.Issued && p.CommuneId != null && p.UnitId == null)
            .WithTasks()
            .ToListAsync(cancellationToken);
        var planIds = plans.Select(p => p.Id).ToList();
        var activities = await db.Activities.Where(a => planIds.Contains(a.PlanId))
            .Select(a => new { a.PlanId, a.TaskId, a.Date, a.Quantity })
            .ToListAsync(cancellationToken);
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

        var groups = PlanYearCredit.Group(rows, r => (r.Plan.Id, r.Plan.Year), today)
            .Select(g => new Group(g.Tasks[0].Plan, g.Tasks.OrderByDescending(r => r.Progress.IsLate).ToList()))
            .ToList();
        return new Kept(unitName, today, rows, groups);
    }

    /// <summary>The rows by plan, the plan of this year first (the same task numbers recur every year).</summary>
    public IReadOnlyList<Group> Groups { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public sealed record Row(Plan Plan, KeyTask Task, string Role, TaskProgress Progress);

    public sealed record Group(Plan Plan, IReadOnlyList<Row> Rows);

    /// <summary>What the page shows, built for a unit as of a day (the same for every member of the unit).</summary>
    private sealed record Kept(string? UnitName, DateOnly Today, IReadOnlyList<Row> Rows, IReadOnlyList<Group> Groups);
}
