namespace Loa.Domain.Accounts;

/// <summary>
/// A signed-in session, kept on the server and checked on every request: the cookie carries a random id whose
/// hash is <see cref="Id"/>. Ending the row ends the session at once, on every app instance.
/// </summary>
public sealed class UserSession
{
    /// <summary>SHA-256 (hex) of the id in the cookie; the id itself is never stored.</summary>
    public string Id { get; set; } = "";

    public string UserId { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    /// <summary>The last request seen, to within <see cref="SessionRules.TouchInterval"/>.</summary>
    public DateTime LastSeenAt { get; set; }

    public DateTime? EndedAt { get; set; }

    public SessionEnd? EndReason { get; set; }

    public string? IpAddress { get; set; }
}

/// <summary>Why a session ended.</summary>
public enum SessionEnd
{
    SignedOut = 1,
    Idle = 2,
    Expired = 3,
    AccountDisabled = 4,
    PasswordChanged = 5,
    AccountChanged = 6,
    Renewed = 7,
}
