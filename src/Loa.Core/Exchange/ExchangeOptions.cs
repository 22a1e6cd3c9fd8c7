namespace Loa.Exchange;

/// <summary>Section "Loa:Exchange": how packages travel. Off unless configured; the demo uses the mock hub.</summary>
public sealed class ExchangeOptions
{
    public const string Section = "Loa:Exchange";

    /// <summary>"Off" (default: nothing is sent or fetched), "Folder" or "Hub".</summary>
    public string Transport { get; set; } = "Off";

    /// <summary>Folder transport: where packages are written (relative to the data folder when not rooted).</summary>
    public string OutgoingFolder { get; set; } = "exchange/outgoing";

    /// <summary>Folder transport: where incoming packages are read.</summary>
    public string IncomingFolder { get; set; } = "exchange/incoming";

    /// <summary>Hub transport: the hub's address ("https://truc.example.gov.vn/api/"); the app's own mock hub when empty and on.</summary>
    public string? HubUrl { get; set; }

    /// <summary>Hub transport: the token sent as "Authorization: Bearer …" (and, for the mock hub, required when set).</summary>
    public string? HubToken { get; set; }

    /// <summary>Maps the mock hub's endpoints (/mock-hub/…): for tests and the demo, never in production.</summary>
    public bool MockHub { get; set; }

    /// <summary>Receiver codes the mock hub rejects besides the codes it does not know (comma-separated).</summary>
    public string? MockHubRejects { get; set; }

    /// <summary>Whether this instance runs the exchange worker (tests turn it off and run the turns themselves).</summary>
    public bool Worker { get; set; } = true;

    public int MaxAttempts { get; set; } = 5;

    public int RetryBaseSeconds { get; set; } = 60;

    public bool IsOn => !string.Equals(Transport, "Off", StringComparison.OrdinalIgnoreCase);

    public bool UsesHub => string.Equals(Transport, "Hub", StringComparison.OrdinalIgnoreCase);

    public string OutgoingPath(string dataPath) => Path.IsPathRooted(OutgoingFolder) ? OutgoingFolder : Path.Combine(dataPath, OutgoingFolder);

    public string IncomingPath(string dataPath) => Path.IsPathRooted(IncomingFolder) ? IncomingFolder : Path.Combine(dataPath, IncomingFolder);
}
