using System.Text.Json;
using Loa.Data;
using Loa.Domain.Geography;
using Loa.Indices;
using Loa.Plans;
using Loa.Plans.Progress;
using Microsoft.EntityFrameworkCore;

namespace Loa.OpenData;

/// <summary>A commune's issued plan of a year, as loaded for the open data: the whole plan and when it last changed.</summary>
public sealed record IssuedPlan(Plan Plan, DateTime Modified);

/// <summary>
/// A commune's open datasets: its issued plan (the whole document as <c>loa.plan/1</c>, and its key tasks as a table), the
/// progress of that plan, and its index results. Only an issued plan is read (never a draft, one waiting for approval or an
/// approved one not yet issued); of the plan, what the issued document says, nothing of its life inside the office.
/// </summary>
public sealed class CommuneDatasets(LoaDbContext db)
{
    public Task<Commune?> FindCommuneAsync(string code, CancellationToken cancellationToken) =>
        db.Communes.AsNoTracking().FirstOrDefaultAsync(c => c.Code == code, cancellationToken);

    /// <summary>The commune's plan of <paramref name="year"/> in force (its issued amendment if amended); null when none is issued.</summary>
    public async Task<IssuedPlan?> IssuedPlanAsync(int communeId, int year, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.IgnoreQueryFilters().AsNoTrackingWithIdentityResolution()
            .Where(p => p.CommuneId == communeId && p.UnitId == null && p.Year == year && p.Status == PlanStatus.Issued)
            .OrderByDescending(p => p.IssuedOn).ThenByDescending(p => p.Id)
            .WithEverything()
            .FirstOrDefaultAsync(cancellationToken);
        return plan is null ? null : new IssuedPlan(plan, plan.UpdatedAt);
    }

    /// <summary>The plan as its exchange format, <c>loa.plan/1</c> (docs: shared contract plan-json).</summary>
    public static byte[] PlanJson(Plan plan) => System.Text.Encoding.UTF8.GetBytes(Loa.Plans.PlanJson.Serialize(PlanMapper.ToDocument(plan)));

    public static OpenDataTable PlanTasks(string communeCode, Plan plan)
    {
        var labels = plan.Tasks.ToDictionary(t => t.Id, t => t.Label);
        var rows = Ordered(plan).Select(t => new object?[]
        {
            communeCode,
            plan.Year,
            plan.Number,
            plan.IssuedOn,
            t.Label,
            t.ParentId is { } parent ? labels.GetValueOrDefault(parent) : null,
            t.Name,
            string.Join("; ", t.Leads.Select(u => u.Name)),
            string.Join("; ", t.Partners.Select(u => u.Name)),
            t.Timeframe,
            t.QuantityValue,
            t.QuantityUnit,
            t.QuantityText,
        }).ToList();
        return new OpenDataTable(OpenDataSchemas.PlanTasks, rows);
    }

    /// <summary>Each task without sub-rows (the rows work is recorded against), with its progress on <paramref name="today"/>.</summary>
    public async Task<(OpenDataTable Table, DateTime Modified)> ProgressAsync(
        string communeCode, Plan plan, DateOnly today, CancellationToken cancellationToken)
    {
        var activities = await db.Activities.IgnoreQueryFilters().AsNoTracking().Where(a => a.PlanId == plan.Id)
            .Select(a => new { a.TaskId, a.Date, a.Quantity, a.RecordedAt })
            .ToListAsync(cancellationToken);
        var progress = PlanProgress.Evaluate(plan, activities.Select(a => (a.TaskId, a.Date, a.Quantity)), today);
        var rows = Ordered(plan).Where(t => t.Children.Count == 0).Select(t =>
        {
            var p = progress[t.Id];
            return new object?[]
            {
                communeCode, plan.Year, t.Label, t.Name, t.QuantityValue, t.QuantityUnit,
                p.Done, p.ActivityCount, StatusCode(p.Status), p.Status.Label(), today,
            };
        }).ToList();
        var modified = activities.Count == 0 ? plan.UpdatedAt : new[] { plan.UpdatedAt, activities.Max(a => a.RecordedAt) }.Max();
        return (new OpenDataTable(OpenDataSchemas.Progress, rows), modified);
    }

    /// <summary>The commune's index results, newest year first. The free-text note staff may add is not published.</summary>
    public async Task<OpenDataTable> IndicesAsync(Commune commune, CancellationToken cancellationToken)
    {
        var results = await db.IndexResults.IgnoreQueryFilters().AsNoTracking().Where(r => r.CommuneId == commune.Id)
            .Select(r => new { r.Year, r.Kind, r.Score, r.MaxScore, r.Rank, r.RankOf })
            .ToListAsync(cancellationToken);
        var rows = results.OrderByDescending(r => r.Year).ThenBy(r => r.Kind)
            .Select(r => new object?[] { commune.Code, r.Year, r.Kind.Abbreviation(), r.Kind.Label(), r.Score, r.MaxScore, r.Rank, r.RankOf })
            .ToList();
        return new OpenDataTable(OpenDataSchemas.CommuneIndices, rows);
    }

    /// <summary>"not-started", "on-track", "behind", "overdue", "completed".</summary>
    public static string StatusCode(ProgressStatus status) => JsonNamingPolicy.KebabCaseLower.ConvertName(status.ToString());

    // The plan's order: each row followed by its sub-rows.
    private static IEnumerable<KeyTask> Ordered(Plan plan)
    {
        var children = plan.Tasks.Where(t => t.ParentId is not null).ToLookup(t => t.ParentId!.Value);
        IEnumerable<KeyTask> Walk(KeyTask task) => [task, .. children[task.Id].OrderBy(c => c.Order).SelectMany(Walk)];
        return plan.Tasks.Where(t => t.ParentId is null).OrderBy(t => t.Order).SelectMany(Walk);
    }
}
