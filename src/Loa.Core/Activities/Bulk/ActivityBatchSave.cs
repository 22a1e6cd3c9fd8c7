using Loa.Data;
using Loa.Plans;
using Microsoft.EntityFrameworkCore;

namespace Loa.Activities.Bulk;

/// <summary>
/// Saves the accepted rows of a held sheet and marks it confirmed, in one transaction (docs/decisions/0028): either every
/// row is saved and the sheet can never be saved again, or — when someone confirmed it in the meantime (its version
/// moved) — nothing is.
/// </summary>
public static class ActivityBatchSave
{
    /// <param name="db">A context in which <paramref name="batch"/> is tracked.</param>
    /// <returns>False when the sheet was confirmed in the meantime: nothing was saved, and the context is cleared.</returns>
    public static async Task<bool> SaveAsync(
        LoaDbContext db,
        ActivityBatch batch,
        Plan plan,
        IReadOnlyList<ActivityDraft> drafts,
        string userId,
        DateTime now,
        CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Activities.AddRange(drafts.Select(d => d.ToActivity(plan, userId, now)));
        batch.ConfirmedAt = now;
        batch.SavedCount = drafts.Count;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
