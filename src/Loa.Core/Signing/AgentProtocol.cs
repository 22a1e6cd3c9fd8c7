namespace Loa.Signing;

/// <summary>
/// The messages between the signing page and the local signing agent (ws://127.0.0.1:PORT), as JSON with camelCase
/// names; the protocol is "loa-sign/1" (docs/decisions/0034-signing-through-a-local-agent.md).
/// </summary>
public static class AgentProtocol
{
    public const string Name = "loa-sign/1";

    /// <summary>The port the agent listens on unless the province configures another.</summary>
    public const int DefaultPort = 8765;
}

/// <summary>Page → agent: sign these files. Each file comes with a one-time download URL and a one-time upload URL.</summary>
public sealed record AgentSignRequest(
    string Type,
    string Protocol,
    string RequestId,
    AgentSigner Signer,
    string? SignatureImage,
    IReadOnlyList<AgentFile> Files);

/// <summary>Who must sign: the name and title as printed, and the thumbprints (SHA-256) of the certificates registered for them.</summary>
public sealed record AgentSigner(string Name, string Title, IReadOnlyList<string> Thumbprints);

/// <summary>One PDF: what it is, its hash as issued, where to fetch it, where to send it signed, and where to draw.</summary>
public sealed record AgentFile(
    int Id,
    string Name,
    string Role,
    string Sha256,
    long Length,
    string Download,
    string Upload,
    FilePlaces Places);

/// <summary>Agent → page: "ready", "progress" (Step: download, sign, upload), "file-done", "done" or "error" (Message in Vietnamese).</summary>
public sealed record AgentMessage(string Type, int? File = null, string? Step = null, string? Message = null, string? Agent = null);

/// <summary>Loa's answer to an upload: accepted (with the hash of the signed file) or refused with the reason.</summary>
public sealed record UploadAnswer(bool Ok, string Message, string? Sha256 = null);
