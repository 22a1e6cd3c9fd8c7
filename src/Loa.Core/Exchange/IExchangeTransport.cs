namespace Loa.Exchange;

/// <summary>What a transport answers to a package it was given: taken (with its id), or rejected with a reason.</summary>
public sealed record TransportSend(string? TransportId, string? RejectedBecause)
{
    public static TransportSend Taken(string id) => new(id, null);

    public static TransportSend Rejected(string reason) => new(null, reason);
}

public enum DeliveryState
{
    Pending = 1,
    Acknowledged = 2,
    Rejected = 3,
}

public sealed record DeliveryStatus(DeliveryState State, string? Reason = null);

/// <summary>A package waiting for a receiver at the transport.</summary>
public sealed record IncomingPackage(string TransportId, byte[] Content);

/// <summary>The transport could not be reached or failed for a passing reason: the send is retried.</summary>
public sealed class ExchangeUnavailableException(string kind, Exception? inner = null)
    : Exception($"The exchange transport failed: {kind}.", inner)
{
    public string Kind { get; } = kind;
}

/// <summary>
/// How packages travel between bodies: a folder (<see cref="FolderTransport"/>) or a hub over HTTP (<see cref="HubTransport"/>).
/// A passing failure is an <see cref="ExchangeUnavailableException"/>.
/// </summary>
public interface IExchangeTransport
{
    Task<TransportSend> SendAsync(string receiverCode, byte[] package, CancellationToken cancellationToken);

    Task<DeliveryStatus> StatusAsync(string transportId, CancellationToken cancellationToken);

    Task<IReadOnlyList<IncomingPackage>> FetchAsync(string receiverCode, CancellationToken cancellationToken);

    /// <summary>The receiver has kept the package: the sender's status becomes acknowledged.</summary>
    Task ConfirmAsync(string transportId, CancellationToken cancellationToken);

    /// <summary>The receiver refuses the package: the sender's status becomes rejected with the reason.</summary>
    Task RejectAsync(string transportId, string reason, CancellationToken cancellationToken);
}
