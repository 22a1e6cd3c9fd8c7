using Loa.Data;
using Loa.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Loa.Web.Infrastructure.Accounts;

/// <summary>
/// The sessions kept in the database (<see cref="UserSession"/>): started at sign-in, checked on every request,
/// ended by sign-out, disabling, a password change, idleness or age. Works the same on every app instance.
/// </summary>
public sealed class SessionStore(IServiceProvider services, PlainConnections connections, TimeProvider time, IOptions<AccountOptions> options)
{
    /// <summary>The claim of the sign-in cookie that carries the session id.</summary>
    public const string Claim = "loa:sid";

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    /// <summary>Starts a session and counts the sign-in as use of the account; returns the id for the cookie.</summary>
    public async Task<string> StartAsync(string userId, string? ipAddress)
    {
        var id = SessionRules.NewId();
        var now = Now;
        await using var db = Db();
        db.UserSessions.Add(new UserSession { Id = SessionRules.Hash(id), UserId = userId, CreatedAt = now, LastSeenAt = now, IpAddress = ipAddress });
        await db.SaveChangesAsync();
        await db.Users.Where(u => u.Id == userId).ExecuteUpdateAsync(set => set.SetProperty(u => u.LastActiveAt, now));
        return id;
    }

    /// <summary>Null while the session goes on (and notes the request); otherwise why it ended — it is ended now if it was not.</summary>
    public async Task<SessionEnd?> CheckAsync(string id, UserRole role)
    {
        var hash = SessionRules.Hash(id);
        var now = Now;
        var session = await ReadAsync(hash);
        if (session is null)
        {
            return SessionEnd.SignedOut;
        }

        if (session.EndedAt is not null)
        {
            return session.EndReason ?? SessionEnd.SignedOut;
        }

        if (SessionRules.Check(session.CreatedAt, session.LastSeenAt, role, now, options.Value) is { } end)
        {
            await using var db = Db();
            await EndWhereAsync(db, s => s.Id == hash, end, now);
            return end;
        }

        if (SessionRules.ShouldTouch(session.LastSeenAt, now))
        {
            await using var db = Db();
            await db.UserSessions.Where(s => s.Id == hash && s.EndedAt == null).ExecuteUpdateAsync(set => set.SetProperty(s => s.LastSeenAt, now));
        }

        return null;
    }

    public async Task EndAsync(string id, SessionEnd reason)
    {
        var hash = SessionRules.Hash(id);
        await using var db = Db();
        await EndWhereAsync(db, s => s.Id == hash, reason, Now);
    }

    /// <summary>Ends every open session of the account, but the one with id <paramref name="except"/> (the caller's own) if given.</summary>
    public async Task<int> EndAllAsync(string userId, SessionEnd reason, string? except = null)
    {
        var kept = except is null ? "" : SessionRules.Hash(except);
        await using var db = Db();
        return await EndWhereAsync(db, s => s.UserId == userId && s.Id != kept, reason, Now);
    }

    private static Task<int> EndWhereAsync(
        LoaDbContext db, System.Linq.Expressions.Expression<Func<UserSession, bool>> which, SessionEnd reason, DateTime now) =>
        db.UserSessions.Where(which).Where(s => s.EndedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.EndedAt, now).SetProperty(s => s.EndReason, reason));

    /// <summary>
    /// The session's row, read on a plain connection (<see cref="PlainConnections"/>): asked on every signed-in request,
    /// where a context of its own cost an eighth of a staff page's CPU (decision record 42). Writes, rare, go through a context.
    /// </summary>
    private async Task<UserSession?> ReadAsync(string hash)
    {
        await using var connection = await connections.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = """SELECT "CreatedAt", "LastSeenAt", "EndedAt", "EndReason" FROM "UserSessions" WHERE "Id" = @id""";
        command.AddParameter("@id", hash);
        SqlCommandCount.Sent();
        await using var reader = await command.ExecuteReaderAsync();
        if (!await reader.ReadAsync())
        {
            return null;
        }

        return new UserSession
        {
            Id = hash,
            CreatedAt = reader.GetDateTime(0),
            LastSeenAt = reader.GetDateTime(1),
            EndedAt = reader.IsDBNull(2) ? null : reader.GetDateTime(2),
            EndReason = reader.IsDBNull(3) ? null : (SessionEnd)Convert.ToInt32(reader.GetValue(3), System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    // Its own context with the system scope: the request's scope is not known yet while the cookie is being read.
    private LoaDbContext Db() => new(services.GetRequiredService<DbContextOptions<LoaDbContext>>(), new FixedTenantScope(TenantScope.System));
}
