using Loa.Activities;
using Loa.Audit;
using Loa.Domain;
using Loa.Domain.Accounts;
using Loa.Domain.Geography;
using Loa.Indices;
using Loa.Plans;
using Loa.Text;
using Loa.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Loa.Data;

/// <summary>
/// What every save does, in one transaction: refuse changes to the audit log, raise the version of edited
/// records (the concurrency token), store text in NFC, save, then write one audit line per changed record.
/// </summary>
internal static class SaveChangesPipeline
{
    public static async Task<int> SaveAsync(
        LoaDbContext db,
        bool acceptAllChangesOnSuccess,
        Func<bool, CancellationToken, Task<int>> save,
        CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        var entries = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        if (entries.Count == 0)
        {
            return 0;
        }

        GuardAuditLog(entries);
        foreach (var entry in entries.Where(e => e.State != EntityState.Deleted))
        {
            NormaliseText(entry);
            if (entry is { State: EntityState.Modified, Entity: IVersioned versioned })
            {
                versioned.Version++;
            }
        }

        var audited = entries.Select(Describe).OfType<AuditTarget>().ToList();
        if (audited.Count == 0)
        {
            return await save(acceptAllChangesOnSuccess, cancellationToken);
        }

        var ownTransaction = db.Database.CurrentTransaction is null
            ? await db.Database.BeginTransactionAsync(cancellationToken)
            : null;
        try
        {
            var written = await save(acceptAllChangesOnSuccess, cancellationToken);
            var now = DateTime.UtcNow;
            var scope = db.Scope;
            foreach (var target in Collapse(audited))
            {
                db.AuditEntries.Add(new AuditEntry
                {
                    At = now,
                    UserId = scope.UserId,
                    UserName = scope.UserName,
                    ProvinceId = target.ProvinceId ?? scope.ProvinceId,
                    CommuneId = target.CommuneId ?? scope.CommuneId,
                    IpAddress = scope.IpAddress,
                    Action = target.Action,
                    EntityType = target.EntityType,
                    EntityId = target.EntityId,
                    Succeeded = true,
                    Detail = target.Detail,
                });
            }

            await save(true, cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            return written;
        }
        finally
        {
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    /// <summary>One line per record and action; a plan created or deleted in this save needs no extra "update" line for its parts.</summary>
    private static IEnumerable<AuditTarget> Collapse(List<AuditTarget> audited)
    {
        var withKeys = audited.Select(t => t with { EntityId = t.EntityId ?? KeyOf(t.Entry) }).Distinct(AuditTarget.SameRecord).ToList();
        var wholes = withKeys.Where(t => t.Action != "update").Select(t => (t.EntityType, t.EntityId)).ToHashSet();
        return withKeys.Where(t => t.Action != "update" || !wholes.Contains((t.EntityType, t.EntityId)));
    }

    private static void GuardAuditLog(List<EntityEntry> entries)
    {
        if (entries.Any(e => e.Entity is AuditEntry && e.State != EntityState.Added))
        {
            throw new InvalidOperationException("The audit log is append-only: its entries cannot be changed or deleted.");
        }
    }

    private static void NormaliseText(EntityEntry entry)
    {
        foreach (var property in entry.Properties.Where(p => p.Metadata.ClrType == typeof(string)))
        {
            if (property.CurrentValue is string text && !text.IsNormalized(System.Text.NormalizationForm.FormC))
            {
                property.CurrentValue = VietnameseText.Nfc(text);
            }
        }
    }

    /// <summary>The record an entry's change is logged against: the entity itself, or the plan for a part of a plan.</summary>
    private static AuditTarget? Describe(EntityEntry entry)
    {
        var action = entry.State switch
        {
            EntityState.Added => "create",
            EntityState.Deleted => "delete",
            _ => "update",
        };
        var changed = entry.State == EntityState.Modified
            ? string.Join(", ", entry.Properties.Where(p => p.IsModified && p.Metadata.Name != nameof(IVersioned.Version)).Select(p => p.Metadata.Name))
            : null;
        var owned = entry.Entity as ICommuneOwned;
        return entry.Entity switch
        {
            IAudited => new AuditTarget(entry, action, entry.Metadata.ClrType.Name, null, owned?.ProvinceId, owned?.CommuneId, changed),
            Province province => new AuditTarget(entry, action, nameof(Province), null, province.Id, null, changed),
            User user => new AuditTarget(entry, action, nameof(User), user.Id, user.ProvinceId, user.CommuneId, changed),
            Basis b => PlanPart(entry, b.PlanId),
            Section s => PlanPart(entry, s.PlanId),
            ContentItem c => PlanPart(entry, c.PlanId),
            Channel c => PlanPart(entry, c.PlanId),
            UnitResponsibility r => PlanPart(entry, r.PlanId),
            PlanDeadline d => PlanPart(entry, d.PlanId),
            Loa.Surveys.SurveySection s when s.SurveyId > 0 => SurveyPart(entry, s.SurveyId),
            Loa.Surveys.SurveyQuestion q when q.SurveyId > 0 => SurveyPart(entry, q.SurveyId),
            _ => null,
        };
    }

    private static AuditTarget PlanPart(EntityEntry entry, int planId) =>
        new(entry, "update", nameof(Plan), planId.ToString(System.Globalization.CultureInfo.InvariantCulture), null, null, $"{entry.Metadata.ClrType.Name}: {entry.State}");

    /// <summary>A section or question of a survey: logged as a change of the survey, whose own line covers the parts of a new one (answers from the public are not publications and are not logged).</summary>
    private static AuditTarget SurveyPart(EntityEntry entry, int surveyId) =>
        new(entry, "update", nameof(Loa.Surveys.Survey), surveyId.ToString(System.Globalization.CultureInfo.InvariantCulture), null, null, $"{entry.Metadata.ClrType.Name}: {entry.State}");

    private static string? KeyOf(EntityEntry entry) =>
        entry.Metadata.FindPrimaryKey()?.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString()).FirstOrDefault();

    private sealed record AuditTarget(
        EntityEntry Entry,
        string Action,
        string EntityType,
        string? EntityId,
        int? ProvinceId,
        int? CommuneId,
        string? Detail)
    {
        public static readonly IEqualityComparer<AuditTarget> SameRecord = new RecordComparer();

        private sealed class RecordComparer : IEqualityComparer<AuditTarget>
        {
            public bool Equals(AuditTarget? x, AuditTarget? y) =>
                x is not null && y is not null && x.EntityType == y.EntityType && x.EntityId == y.EntityId && x.Action == y.Action;

            public int GetHashCode(AuditTarget obj) => HashCode.Combine(obj.EntityType, obj.EntityId, obj.Action);
        }
    }
}
