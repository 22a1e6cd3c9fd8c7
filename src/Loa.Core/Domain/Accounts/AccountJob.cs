using Loa.Audit;
using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Loa.Domain.Accounts;

/// <summary>
/// The periodic account work, under the "accounts" lease so that one app instance does it: starts the count of
/// accounts not yet seen, disables accounts unused for <c>Loa:DisableAfterUnusedDays</c> (never the last enabled
/// system administrator), ends sessions that ran out, and forgets old sign-in attempts and sessions.
/// </summary>
public static class AccountJob
{
    public const string Job = "accounts";

    /// <summary>Null when another instance holds the lease; otherwise the user names disabled.</summary>
    public static async Task<IReadOnlyList<string>?> RunAsync(
        LoaDbContext db, string holder, DateTime now, AccountOptions options, CancellationToken cancellationToken = default)
    {
        var interval = TimeSpan.FromMinutes(Math.Max(1, options.AccountJobIntervalMinutes));
        if (!await JobLeases.TryTakeAsync(db, Job, holder, now, interval, cancellationToken))
        {
            return null;
        }

        await db.Users.Where(u => u.LastActiveAt == null).ExecuteUpdateAsync(set => set.SetProperty(u => u.LastActiveAt, now), cancellationToken);
        var disabled = await DisableUnusedAsync(db, now, options, cancellationToken);

        var forget = now.AddDays(-SignInThrottle.KeepDays);
        await db.SignInAttempts.Where(a => a.At < forget).ExecuteDeleteAsync(cancellationToken);
        await db.UserSessions.Where(s => (s.EndedAt != null && s.EndedAt < forget) || s.CreatedAt < forget).ExecuteDeleteAsync(cancellationToken);
        var lifetimeStart = now - SessionRules.Lifetime(options);
        await db.UserSessions.Where(s => s.EndedAt == null && s.CreatedAt < lifetimeStart)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.EndedAt, now).SetProperty(s => s.EndReason, SessionEnd.Expired), cancellationToken);
        return disabled;
    }

    private static async Task<List<string>> DisableUnusedAsync(LoaDbContext db, DateTime now, AccountOptions options, CancellationToken cancellationToken)
    {
        if (options.DisableAfterUnusedDays <= 0)
        {
            return [];
        }

        var before = now.AddDays(-options.DisableAfterUnusedDays);
        var due = (await db.Users.Where(u => !u.IsDisabled && !u.IsDemo && u.LastActiveAt != null && u.LastActiveAt < before).ToListAsync(cancellationToken))
            .Where(u => AccountRules.IsUnused(u, now, options))
            .ToList();
        var dueAdmins = due.Where(u => u.Role == UserRole.SystemAdmin).ToList();
        if (dueAdmins.Count > 0 && dueAdmins.Count >= await db.Users.CountAsync(u => u.Role == UserRole.SystemAdmin && !u.IsDisabled, cancellationToken))
        {
            // Nobody could enable the accounts again: the most recently used administrator stays.
            due.Remove(dueAdmins.MaxBy(u => u.LastActiveAt)!);
        }

        foreach (var user in due)
        {
            user.IsDisabled = true;
            user.DisabledAt = now;
            user.DisabledReason = DisabledReason.Unused;
            db.AuditEntries.Add(new AuditEntry
            {
                At = now,
                UserName = "system",
                ProvinceId = user.ProvinceId,
                CommuneId = user.CommuneId,
                Action = "account-disabled",
                EntityType = nameof(User),
                EntityId = user.Id,
                Succeeded = true,
                Detail = $"{user.UserName}: không đăng nhập từ {(user.LastActiveAt is { } last ? Loa.Text.DisplayTime.DateOf(last) : "")} (quá {options.DisableAfterUnusedDays} ngày)",
            });
        }

        await db.SaveChangesAsync(cancellationToken);
        if (due.Count > 0)
        {
            var ids = due.Select(u => u.Id).ToList();
            await db.UserSessions.Where(s => ids.Contains(s.UserId) && s.EndedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(s => s.EndedAt, now).SetProperty(s => s.EndReason, SessionEnd.AccountDisabled), cancellationToken);
        }

        return due.Select(u => u.UserName ?? u.Id).ToList();
    }
}
