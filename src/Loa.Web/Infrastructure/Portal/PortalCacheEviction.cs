using Loa.Portal;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Loa.Web.Infrastructure.Portal;

/// <summary>
/// Drops the portal's kept answers once a save changed something a commune's portal shows: after any change to a
/// commune's data (or to the commune itself), that commune's pages; after a change to data of no commune (the procedure
/// catalogue, a province's profile), every portal page — the scopes <see cref="PortalStamps.Touched"/> finds. The
/// citizen then sees staff's work at once instead of after <c>Loa:PortalCacheSeconds</c>.
/// </summary>
public sealed class PortalCacheEviction(IOutputCacheStore store) : SaveChangesInterceptor
{
    private const string Everything = "portal";

    // One DbContext saves at a time; the pending tags travel from "saving" to "saved" per context.
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<DbContext, HashSet<string>> pending = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        EvictAsync(eventData.Context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        await EvictAsync(eventData.Context, cancellationToken);
        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is not null)
        {
            pending.Remove(eventData.Context);
        }
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        // The same rule as the portal stamps (decision record 41): a commune's data drops its pages, anything else all.
        var changed = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted);
        var tags = PortalStamps.Touched(changed)
            .Select(scope => scope == PortalStamps.Everything ? Everything : PortalCache.Tag(scope))
            .ToHashSet(StringComparer.Ordinal);
        if (tags.Count > 0)
        {
            pending.AddOrUpdate(context, tags);
        }
    }

    private async ValueTask EvictAsync(DbContext? context, CancellationToken cancellationToken)
    {
        if (context is null || !pending.TryGetValue(context, out var tags))
        {
            return;
        }

        pending.Remove(context);
        foreach (var tag in tags.Contains(Everything) ? [Everything] : tags)
        {
            await store.EvictByTagAsync(tag, cancellationToken);
        }
    }
}
