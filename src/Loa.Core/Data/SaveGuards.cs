using Loa.Audit;
using Loa.Domain;
using Loa.Domain.Accounts;
using Loa.Domain.Geography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Loa.Data;

/// <summary>What no save may do, checked by <see cref="SaveChangesPipeline"/> before it writes anything.</summary>
internal static class SaveGuards
{
    public static void AuditLog(List<EntityEntry> entries)
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
    public static void ReadOnlyScope(TenantScope scope, List<EntityEntry> entries)
    {
        if (!scope.ReadsOnly)
        {
            return;
        }

        var refused = entries.FirstOrDefault(e => !IsReadModel(e.Entity) && (e.Entity is ICommuneOwned or IAudited or Commune or Province
            || (e.Entity is not User && AuditTarget.Describe(e) is not null)));
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
}
