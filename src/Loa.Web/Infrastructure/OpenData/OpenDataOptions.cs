namespace Loa.Web.Infrastructure.OpenData;

/// <summary>Settings of the open data (section <c>OpenData</c>; decision record 40).</summary>
public sealed class OpenDataOptions
{
    public const string Section = "OpenData";

    /// <summary>
    /// How long an answer is kept in the output cache (0 turns it off). A commune's files are also dropped at once when the commune
    /// saves a change.
    /// </summary>
    public int CacheSeconds { get; set; } = 60;

    /// <summary>Requests to the open data per IP address and minute; beyond it 429 with a Vietnamese message.</summary>
    public int RequestsPerIpPerMinute { get; set; } = 120;

    /// <summary>
    /// Count the limit in the database, shared by every instance (like the public forms), instead of in each instance's memory.
    /// Off by default: it turns every read of a kept file into a write (measured in decision record 40).
    /// </summary>
    public bool SharedRateLimit { get; set; }
}
