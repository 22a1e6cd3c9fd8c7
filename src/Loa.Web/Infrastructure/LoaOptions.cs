namespace Loa.Web.Infrastructure;

/// <summary>Section "Loa" of the configuration.</summary>
public sealed class LoaOptions
{
    public const string Section = "Loa";

    /// <summary>Folder for the SQLite database and uploaded files; see <c>Loa.Data.DataDirectory</c>.</summary>
    public string? DataPath { get; set; }

    /// <summary>Largest evidence file accepted (413 above it).</summary>
    public long MaxUploadBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>
    /// Sign-in attempts (posts of the sign-in, second-step and forgotten-password forms) allowed from one IP address
    /// per minute, across all instances; more answer 429.
    /// </summary>
    public int LoginAttemptsPerIpPerMinute { get; set; } = 20;

    /// <summary>Posts of public forms (feedback, surveys, contests) allowed from one IP address per minute; more answer 429.</summary>
    public int PublicPostsPerIpPerMinute { get; set; } = 10;

    /// <summary>Public look-ups (a feedback's tracking code) allowed from one IP address per minute; more answer 429.</summary>
    public int PublicLookupsPerIpPerMinute { get; set; } = 30;

    /// <summary>A public form sent back sooner than this after it was served was not filled in by a person.</summary>
    public int HumanCheckSeconds { get; set; } = 3;

    /// <summary>The public address of the site ("https://cchc.example.gov.vn") for QR codes and e-mails; the request's own when empty.</summary>
    public string? PublicAddress { get; set; }

    /// <summary>How long the portal's busiest public pages are kept in the output cache for visitors who are not signed in; 0 turns it off.</summary>
    public int PortalCacheSeconds { get; set; } = 30;

    /// <summary>
    /// The most the output cache holds, in megabytes (16 by default: some 250 portal pages; at least 1). Past it a new answer is not
    /// kept until older ones expire; the framework's default of 100 MB was a quarter of the server's memory (decision record 43).
    /// </summary>
    public int PortalCacheMegabytes { get; set; } = 16;

    /// <summary>Requests computed at once by this instance (static files aside); 0 turns the bound off (<c>LoadShedding</c>).</summary>
    public int RequestsInProgress { get; set; } = 64;

    /// <summary>Requests allowed to wait for their turn beyond those in progress; more are answered 503 at once.</summary>
    public int RequestsWaiting { get; set; } = 1000;

    /// <summary>Evidence storage allowed per commune.</summary>
    public long CommuneQuotaBytes { get; set; } = 2L * 1024 * 1024 * 1024;
}

/// <summary>Section "Demo": demo data and demo accounts exist only while this is on.</summary>
public sealed class DemoOptions
{
    public const string Section = "Demo";

    public bool Enabled { get; set; }
}
