using Loa.Data;
using Loa.Documents.Records;
using Loa.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Loa.Portal;

/// <summary>
/// Records that name no commune of their own — a plan's bases, sections, content items, channels, duties and deadlines,
/// a task's leads and partners, the files of a document of record — raise the stamp of the commune of the plan, task or
/// document they belong to (decision record 42): an edit of the plan's text alone changes the plan page, which is kept per
/// stamp like the portal home.
/// </summary>
public sealed record PortalStampParts(HashSet<int> PlanIds, HashSet<int> TaskIds, HashSet<int> DocumentIds)
{
    public bool IsEmpty => PlanIds.Count == 0 && TaskIds.Count == 0 && DocumentIds.Count == 0;

    /// <summary>The plans, tasks and documents whose parts these entries change.</summary>
    public static PortalStampParts Of(IEnumerable<EntityEntry> entries)
    {
        var parts = new PortalStampParts([], [], []);
        foreach (var entry in entries)
        {
            var planId = entry.Entity switch
            {
                Basis b => b.PlanId,
                Section s => s.PlanId,
                ContentItem c => c.PlanId,
                Channel c => c.PlanId,
                UnitResponsibility r => r.PlanId,
                PlanDeadline d => d.PlanId,
                _ => 0,
            };
            if (planId > 0)
            {
                parts.PlanIds.Add(planId);
            }
            else if (entry.Entity is KeyTaskUnit { TaskId: > 0 } unit)
            {
                parts.TaskIds.Add(unit.TaskId);
            }
            else if (entry.Entity is OfficialDocumentFile { DocumentId: > 0 } file)
            {
                parts.DocumentIds.Add(file.DocumentId);
            }
        }

        return parts;
    }

    /// <summary>The stamps of the communes of those plans, tasks and documents: from the records the context tracks, else read.</summary>
    public async Task<HashSet<string>> ScopesAsync(LoaDbContext db, CancellationToken cancellationToken)
    {
        var scopes = new HashSet<string>(StringComparer.Ordinal);
        if (IsEmpty)
        {
            return scopes;
        }

        var plans = PlanIds.ToHashSet();
        var tasks = TaskIds.ToHashSet();
        var documents = DocumentIds.ToHashSet();
        foreach (var plan in db.ChangeTracker.Entries<Plan>().Select(e => e.Entity).Where(p => plans.Remove(p.Id)))
        {
            scopes.Add(Scope(plan.CommuneId));
        }

        foreach (var task in db.ChangeTracker.Entries<KeyTask>().Select(e => e.Entity).Where(t => tasks.Remove(t.Id)))
        {
            scopes.Add(Scope(task.CommuneId));
        }

        foreach (var document in db.ChangeTracker.Entries<OfficialDocument>().Select(e => e.Entity).Where(d => documents.Remove(d.Id)))
        {
            scopes.Add(Scope(document.CommuneId));
        }

        // Parts whose plan, task or document the save did not load: their communes read, whoever is saving.
        var communes = new List<int?>();
        if (plans.Count > 0)
        {
            communes.AddRange(await db.Plans.IgnoreQueryFilters().Where(p => plans.Contains(p.Id)).Select(p => p.CommuneId).ToListAsync(cancellationToken));
        }

        if (tasks.Count > 0)
        {
            communes.AddRange(await db.Tasks.IgnoreQueryFilters().Where(t => tasks.Contains(t.Id)).Select(t => t.CommuneId).ToListAsync(cancellationToken));
        }

        if (documents.Count > 0)
        {
            communes.AddRange(await db.OfficialDocuments.IgnoreQueryFilters().Where(d => documents.Contains(d.Id))
                .Select(d => d.CommuneId).ToListAsync(cancellationToken));
        }

        scopes.UnionWith(communes.Select(Scope));
        return scopes;
    }

    private static string Scope(int? communeId) => communeId is { } id ? PortalStamps.Of(id) : PortalStamps.Everything;
}
