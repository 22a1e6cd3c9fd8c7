using System.Globalization;
using System.Runtime.CompilerServices;
using Loa.Activities;
using Loa.Audit;
using Loa.Dashboards.Figures;
using Loa.Domain;
using Loa.Domain.Accounts;
using Loa.Domain.Geography;
using Loa.Indices;
using Loa.Plans;
using Loa.Text;
using Loa.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Loa.Data;

/// <summary>
/// What every save does, in one transaction: refuse changes to the audit log, raise the version of edited
/// records (the concurrency token), store text in NFC, save, then write one audit line per changed record,
/// recompute the figures of the communes the save changed (<see cref="CommuneFiguresUpkeep"/>, decision 38)
/// and commit. It is an EF Core save interceptor — the one kind of save hook in Loa (the web app's portal-cache
/// eviction is another) — registered first on every context by <see cref="DatabaseRegistration"/> and, for a
/// context configured otherwise, by <see cref="LoaDbContext"/> itself.
/// </summary>
internal sealed class SaveChangesPipeline : SaveChangesInterceptor
{
    public static readonly SaveChangesPipeline Instance = new();

    // What a save in progress carries from "saving" to "saved", per context (one context saves at a time).
    private readonly ConditionalWeakTable<DbContext, Pending> pending = [];

    private SaveChangesPipeline()
    {
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (Prepare(eventData.Context) is { } save && save.NeedsTransaction && save.Db.Database.CurrentTransaction is null)
        {
            save.OwnTransaction = save.Db.Database.BeginTransaction();
        }

        return result;
    }

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (Prepare(eventData.Context) is { } save && save.NeedsTransaction && save.Db.Database.CurrentTransaction is null)
        {
            save.OwnTransaction = await save.Db.Database.BeginTransactionAsync(cancellationToken);
        }

        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (Take(eventData.Context) is { } save)
        {
            try
            {
                AddAuditLines(save);
                if (save.Figures is { } figures)
                {
                    CommuneFiguresUpkeep.StageAsync(save.Db, figures, CancellationToken.None).GetAwaiter().GetResult();
                }

                save.Db.SaveChanges();
                save.OwnTransaction?.Commit();
            }
            finally
            {
                Abandon(save.Db);
            }
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (Take(eventData.Context) is { } save)
        {
            try
            {
                AddAuditLines(save);
                if (save.Figures is { } figures)
                {
                    await CommuneFiguresUpkeep.StageAsync(save.Db, figures, cancellationToken);
                }

                await save.Db.SaveChangesAsync(cancellationToken);
                if (save.OwnTransaction is { } transaction)
                {
                    await transaction.CommitAsync(cancellationToken);
                }
            }
            finally
            {
                Abandon(save.Db);
            }
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    public override void SaveChangesCanceled(DbContextEventData eventData) => Abandon(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Abandon(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>Guards, stamps and normalises the changes; remembers what to audit. Null for the save of the audit lines themselves.</summary>
    private Pending? Prepare(DbContext? context)
    {
        if (context is not LoaDbContext db || (pending.TryGetValue(db, out var outer) && outer.WritingAudit))
        {
            return null;
        }

        db.ChangeTracker.DetectChanges();
        var entries = db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        GuardAuditLog(entries);
        GuardReadOnlyScope(db.Scope, entries);
        foreach (var entry in entries.Where(e => e.State != EntityState.Deleted))
        {
            NormaliseText(entry);
            if (entry is { State: EntityState.Modified, Entity: IVersioned versioned })
            {
                versioned.Version++;
            }
        }

        var save = new Pending(db, entries.Select(Describe).OfType<AuditTarget>().ToList()) { Figures = CommuneFiguresUpkeep.Collect(entries) };
        pending.AddOrUpdate(db, save);
        return save;
    }

    /// <summary>The save that has just been written, unless it is the audit lines' own save.</summary>
    private Pending? Take(DbContext? context)
    {
        if (context is null || !pending.TryGetValue(context, out var save) || save.WritingAudit)
        {
            return null;
        }

        if (!save.NeedsTransaction)
        {
            pending.Remove(context);
            return null;
        }

        return save;
    }

    private static void AddAuditLines(Pending save)
    {
        save.WritingAudit = true;
        var now = DateTime.UtcNow;
        var scope = save.Db.Scope;
        foreach (var target in Collapse(save.Audited))
        {
            save.Db.AuditEntries.Add(new AuditEntry
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
    }

    /// <summary>
    /// A save is over (committed, failed or cancelled): its own transaction, if any, is disposed (rolled back unless
    /// committed) and forgotten.
    /// </summary>
    private void Abandon(DbContext? context)
    {
        if (context is null || !pending.TryGetValue(context, out var save))
        {
            return;
        }

        pending.Remove(context);
        save.OwnTransaction?.Dispose();
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

    /// <summary>
    /// A scope that only reads (the national officer, decision record 39) changes no commune's or province's data: not a
    /// commune-owned record, not a part of a plan or survey, not a commune or province. Its own account, sessions and
    /// notifications stay its to change, and the read model it reads may be made current. Defence in depth: the pages'
    /// policies already keep it out.
    /// </summary>
    private static void GuardReadOnlyScope(TenantScope scope, List<EntityEntry> entries)
    {
        if (!scope.ReadsOnly)
        {
            return;
        }

        var refused = entries.FirstOrDefault(e => !IsReadModel(e.Entity) && (e.Entity is ICommuneOwned or IAudited or Commune or Province
            || (e.Entity is not User && Describe(e) is not null)));
        if (refused is not null)
        {
            throw new ReadOnlyScopeException(refused.Metadata.ClrType.Name);
        }
    }

    /// <summary>
    /// The per-commune read model: derived from the data the scope only reads, made current when read (decision record 38),
    /// so a reader's request may write it.
    /// </summary>
    private static bool IsReadModel(object entity) =>
        entity is Loa.Dashboards.Figures.CommuneFigures or Loa.Dashboards.Figures.CommuneActivityFigures;

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
        PartOf(entry, nameof(Plan), planId);

    /// <summary>
    /// A section or question of a survey: logged as a change of the survey, whose own line covers the parts of a new
    /// one (answers from the public are not publications and are not logged).
    /// </summary>
    private static AuditTarget SurveyPart(EntityEntry entry, int surveyId) =>
        PartOf(entry, nameof(Loa.Surveys.Survey), surveyId);

    private static AuditTarget PartOf(EntityEntry entry, string wholeType, int wholeId) =>
        new(entry, "update", wholeType, wholeId.ToString(CultureInfo.InvariantCulture), null, null, $"{entry.Metadata.ClrType.Name}: {entry.State}");

    private static string? KeyOf(EntityEntry entry) =>
        entry.Metadata.FindPrimaryKey()?.Properties.Select(p => entry.Property(p.Name).CurrentValue?.ToString()).FirstOrDefault();

    private sealed class Pending(LoaDbContext db, List<AuditTarget> audited)
    {
        public LoaDbContext Db { get; } = db;

        public List<AuditTarget> Audited { get; } = audited;

        /// <summary>The communes' figures (the read model) this save changes, recomputed before it commits (decision 38).</summary>
        public FiguresChange? Figures { get; init; }

        /// <summary>Audit lines or figures are written after the save: all in one transaction.</summary>
        public bool NeedsTransaction => Audited.Count > 0 || Figures is not null;

        public IDbContextTransaction? OwnTransaction { get; set; }

        /// <summary>Set while the audit lines are saved, so that their save is not itself prepared and audited.</summary>
        public bool WritingAudit { get; set; }
    }

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
