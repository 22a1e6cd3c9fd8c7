using System.Runtime.CompilerServices;
using Loa.Audit;
using Loa.Dashboards.Figures;
using Loa.Domain;
using Loa.Portal;
using Loa.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Storage;

namespace Loa.Data;

/// <summary>
/// What every save does, in one transaction: refuse changes to the audit log, raise the version of edited
/// records (the concurrency token), store text in NFC, save, then write one audit line per changed record,
/// recompute the figures of the communes the save changed (<see cref="CommuneFiguresUpkeep"/>, decision 38),
/// raise their portal stamps (<see cref="PortalStamps"/>, decision 41) and commit. It is an EF Core save
/// interceptor — the one kind of save hook in Loa (the web app's portal-cache eviction is another) — registered
/// first on every context by <see cref="DatabaseRegistration"/> and, for a context configured otherwise, by
/// <see cref="LoaDbContext"/> itself.
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

                save.Stamps.UnionWith(save.Parts.ScopesAsync(save.Db, CancellationToken.None).GetAwaiter().GetResult());
                PortalStamps.RaiseAsync(save.Db, save.Stamps, CancellationToken.None).GetAwaiter().GetResult();

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

                save.Stamps.UnionWith(await save.Parts.ScopesAsync(save.Db, cancellationToken));
                await PortalStamps.RaiseAsync(save.Db, save.Stamps, cancellationToken);

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
        SaveGuards.AuditLog(entries);
        SaveGuards.ReadOnlyScope(db.Scope, entries);
        foreach (var entry in entries.Where(e => e.State != EntityState.Deleted))
        {
            NormaliseText(entry);
            if (entry is { State: EntityState.Modified, Entity: IVersioned versioned })
            {
                versioned.Version++;
            }
        }

        var save = new Pending(db, entries.Select(AuditTarget.Describe).OfType<AuditTarget>().ToList())
        {
            Figures = CommuneFiguresUpkeep.Collect(entries),
            Stamps = PortalStamps.Touched(entries),
            Parts = PortalStampParts.Of(entries),
        };
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
        foreach (var target in AuditTarget.Collapse(save.Audited))
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

    private sealed class Pending(LoaDbContext db, List<AuditTarget> audited)
    {
        public LoaDbContext Db { get; } = db;

        public List<AuditTarget> Audited { get; } = audited;

        /// <summary>The communes' figures (the read model) this save changes, recomputed before it commits (decision 38).</summary>
        public FiguresChange? Figures { get; init; }

        /// <summary>The portal stamps this save raises (decision 41): every instance then rebuilds what it built from the old data.</summary>
        public HashSet<string> Stamps { get; init; } = [];

        /// <summary>The plans and tasks whose parts this save changes: their communes' stamps are raised too (decision 42).</summary>
        public PortalStampParts Parts { get; init; } = new([], [], []);

        /// <summary>Audit lines, figures or portal stamps are written after the save: all in one transaction.</summary>
        public bool NeedsTransaction => Audited.Count > 0 || Figures is not null || Stamps.Count > 0 || !Parts.IsEmpty;

        public IDbContextTransaction? OwnTransaction { get; set; }

        /// <summary>Set while the audit lines are saved, so that their save is not itself prepared and audited.</summary>
        public bool WritingAudit { get; set; }
    }
}
