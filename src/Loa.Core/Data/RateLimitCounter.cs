namespace Loa.Data;

/// <summary>
/// How many requests of one kind (a rate-limit policy and a client, e.g. "login|login:203.0.113.7") arrived in one
/// fixed window, counted in the database so that every app instance counts against the same total.
/// </summary>
public sealed class RateLimitCounter
{
    public string Key { get; set; } = "";

    /// <summary>Start of the window, in seconds since 1970 (UTC).</summary>
    public long WindowStart { get; set; }

    public int Count { get; set; }

    /// <summary>End of the window, in seconds since 1970 (UTC); the row may be deleted after it.</summary>
    public long ExpiresAt { get; set; }
}
