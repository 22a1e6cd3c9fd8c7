using System.Security.Cryptography;
using System.Text;

namespace Loa.Domain.Accounts;

/// <summary>When a session locks (idle) or ends (12 hours after sign-in), and how its id is made and kept.</summary>
public static class SessionRules
{
    /// <summary>The last-seen time is written at most this often, so that a busy page does not write on every request.</summary>
    public static readonly TimeSpan TouchInterval = TimeSpan.FromSeconds(30);

    public static TimeSpan IdleLimit(UserRole role, AccountOptions options) =>
        TimeSpan.FromMinutes(Math.Max(1, role == UserRole.SystemAdmin ? options.AdminSessionIdleMinutes : options.SessionIdleMinutes));

    public static TimeSpan Lifetime(AccountOptions options) => TimeSpan.FromHours(Math.Max(1, options.SessionHours));

    /// <summary>Null while the session may go on; otherwise why it ends now. A clock set back (before the session) never ends it.</summary>
    public static SessionEnd? Check(DateTime createdAt, DateTime lastSeenAt, UserRole role, DateTime now, AccountOptions options)
    {
        if (now - createdAt > Lifetime(options))
        {
            return SessionEnd.Expired;
        }

        return now - lastSeenAt > IdleLimit(role, options) ? SessionEnd.Idle : null;
    }

    public static bool ShouldTouch(DateTime lastSeenAt, DateTime now) => now - lastSeenAt >= TouchInterval;

    /// <summary>A new random session id (128 bits) for the cookie.</summary>
    public static string NewId() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    /// <summary>What the database keeps of an id: its SHA-256, so a copy of the database opens no session.</summary>
    public static string Hash(string id) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(id))).ToLowerInvariant();

    /// <summary>The Vietnamese sentence the sign-in page shows after a session ended by itself.</summary>
    public static string? Message(SessionEnd? reason, UserRole? role, AccountOptions options) => reason switch
    {
        SessionEnd.Idle => $"Phiên làm việc đã tạm khóa vì quá {IdleLimit(role ?? UserRole.UnitOfficer, options).TotalMinutes:0} phút không thao tác. "
            + "Hãy đăng nhập lại để tiếp tục từ trang đang làm.",
        SessionEnd.Expired => $"Phiên làm việc đã hết hạn ({Lifetime(options).TotalHours:0} giờ kể từ khi đăng nhập). Hãy đăng nhập lại để tiếp tục.",
        null => null,
        _ => "Phiên đăng nhập đã kết thúc. Hãy đăng nhập lại.",
    };
}
