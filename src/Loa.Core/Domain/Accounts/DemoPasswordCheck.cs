using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Loa.Data;
using Loa.Domain.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Loa.Domain.Accounts;

/// <summary>
/// Which accounts sign in with a known password (the demo password: security.md 8, no default credentials outside
/// demo mode). Demo accounts are left out: they cannot sign in while demo mode is off. Verifying a password is slow
/// on purpose (PBKDF2), so each stored hash is verified once: hashes found clean are remembered by their SHA-256
/// (<see cref="CheckedPasswordHash"/>) and a start verifies only the passwords set since the last one.
/// </summary>
public static class DemoPasswordCheck
{
    public static async Task<IReadOnlyList<string>> AccountsUsingAsync(LoaDbContext db, string password, CancellationToken cancellationToken = default)
    {
        var accounts = (await db.Users.AsNoTracking()
                .Where(u => !u.IsDemo && u.PasswordHash != null)
                .Select(u => new { u.UserName, u.PasswordHash })
                .ToListAsync(cancellationToken))
            .Select(a => (UserName: a.UserName ?? "", Hash: a.PasswordHash!, Digest: Digest(a.PasswordHash!)))
            .ToList();
        var known = (await db.Set<CheckedPasswordHash>().Select(h => h.Digest).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

        var hasher = new PasswordHasher<User>();
        var clean = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var found = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(accounts.Where(a => !known.Contains(a.Digest)), cancellationToken, (account, _) =>
        {
            if (hasher.VerifyHashedPassword(new User(), account.Hash, password) == PasswordVerificationResult.Failed)
            {
                clean.TryAdd(account.Digest, true);
            }
            else
            {
                found.Add(account.UserName);
            }

            return ValueTask.CompletedTask;
        });

        var added = clean.Keys.Select(d => new CheckedPasswordHash { Digest = d }).ToList();
        db.Set<CheckedPasswordHash>().AddRange(added);
        var current = accounts.Select(a => a.Digest).ToHashSet(StringComparer.Ordinal);
        db.Set<CheckedPasswordHash>().RemoveRange(known.Where(d => !current.Contains(d)).Select(d => new CheckedPasswordHash { Digest = d }));
        await db.SaveChangesAsync(cancellationToken);
        foreach (var hash in added)
        {
            db.Entry(hash).State = EntityState.Detached;
        }

        return [.. found.Order(StringComparer.Ordinal)];
    }

    public static string Digest(string passwordHash) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(passwordHash)));
}
