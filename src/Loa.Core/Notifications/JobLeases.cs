using Loa.Data;
using Loa.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Loa.Notifications;

/// <summary>
/// Takes the lease of a scheduled job for a while. The update only succeeds while the lease is free, expired or
/// already ours, so that among several app instances on one database exactly one runs the job at a time. An
/// instance that stops releases its leases (<see cref="ReleaseAsync"/>), so that another takes the jobs at its next
/// turn instead of waiting for them to expire.
/// </summary>
public static class JobLeases
{
    private static readonly DateTime Free = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static async Task<bool> TryTakeAsync(
        LoaDbContext db, string job, string holder, DateTime now, TimeSpan length, CancellationToken cancellationToken = default)
    {
        if (!await db.JobLeases.AnyAsync(l => l.Name == job, cancellationToken))
        {
            try
            {
                db.JobLeases.Add(new JobLease { Name = job, Holder = "", ExpiresAt = Free });
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Another instance created the row at the same moment; the update below decides.
            }
            finally
            {
                db.ChangeTracker.Clear();
            }
        }

        var until = now + length;
        var taken = await db.JobLeases
            .Where(l => l.Name == job && (l.ExpiresAt < now || l.Holder == holder))
            .ExecuteUpdateAsync(
                set => set.SetProperty(l => l.Holder, holder).SetProperty(l => l.ExpiresAt, until).SetProperty(l => l.LastRunAt, now),
                cancellationToken);
        return taken == 1;
    }

    /// <summary>Gives up every lease <paramref name="holder"/> holds; returns how many.</summary>
    public static Task<int> ReleaseAsync(LoaDbContext db, string holder, CancellationToken cancellationToken = default) =>
        db.JobLeases
            .Where(l => l.Holder == holder)
            .ExecuteUpdateAsync(set => set.SetProperty(l => l.Holder, "").SetProperty(l => l.ExpiresAt, Free), cancellationToken);
}
