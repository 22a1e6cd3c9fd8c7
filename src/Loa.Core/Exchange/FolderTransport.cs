using System.Security.Cryptography;

namespace Loa.Exchange;

/// <summary>
/// Packages through shared folders: a package for receiver R is written as "{R}__{id}.edxml" in the outgoing folder; a
/// receiver reads its own from the incoming folder and, once kept, moves it to "done" and writes "{id}.ack" beside it, which
/// the sender reads as the acknowledgement ("{id}.rejected" holding a reason is a rejection). With both folders the same,
/// one Loa sends to itself.
/// </summary>
public sealed class FolderTransport(string outgoingFolder, string incomingFolder) : IExchangeTransport
{
    private const string Separator = "__";

    public async Task<TransportSend> SendAsync(string receiverCode, byte[] package, CancellationToken cancellationToken)
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12));
        try
        {
            Directory.CreateDirectory(outgoingFolder);
            var final = Path.Combine(outgoingFolder, $"{receiverCode}{Separator}{id}.edxml");
            var temporary = final + ".part";
            await File.WriteAllBytesAsync(temporary, package, cancellationToken);
            File.Move(temporary, final);
            return TransportSend.Taken(id);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ExchangeUnavailableException("FolderUnwritable", e);
        }
    }

    public async Task<DeliveryStatus> StatusAsync(string transportId, CancellationToken cancellationToken)
    {
        RequireId(transportId);
        if (File.Exists(Path.Combine(outgoingFolder, transportId + ".ack")))
        {
            return new DeliveryStatus(DeliveryState.Acknowledged);
        }

        var rejected = Path.Combine(outgoingFolder, transportId + ".rejected");
        return File.Exists(rejected)
            ? new DeliveryStatus(DeliveryState.Rejected, (await File.ReadAllTextAsync(rejected, cancellationToken)).Trim())
            : new DeliveryStatus(DeliveryState.Pending);
    }

    public async Task<IReadOnlyList<IncomingPackage>> FetchAsync(string receiverCode, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(incomingFolder))
        {
            return [];
        }

        var found = new List<IncomingPackage>();
        foreach (var path in Directory.EnumerateFiles(incomingFolder, receiverCode + Separator + "*.edxml").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            found.Add(new IncomingPackage(name[(receiverCode.Length + Separator.Length)..], await File.ReadAllBytesAsync(path, cancellationToken)));
        }

        return found;
    }

    public Task ConfirmAsync(string transportId, CancellationToken cancellationToken)
    {
        RequireId(transportId);
        var done = Path.Combine(incomingFolder, "done");
        Directory.CreateDirectory(done);
        foreach (var path in Directory.EnumerateFiles(incomingFolder, "*" + Separator + transportId + ".edxml"))
        {
            File.Move(path, Path.Combine(done, Path.GetFileName(path)), overwrite: true);
        }

        return File.WriteAllTextAsync(Path.Combine(incomingFolder, transportId + ".ack"), "", cancellationToken);
    }

    public Task RejectAsync(string transportId, string reason, CancellationToken cancellationToken)
    {
        RequireId(transportId);
        var done = Path.Combine(incomingFolder, "done");
        Directory.CreateDirectory(done);
        foreach (var path in Directory.EnumerateFiles(incomingFolder, "*" + Separator + transportId + ".edxml"))
        {
            File.Move(path, Path.Combine(done, Path.GetFileName(path)), overwrite: true);
        }

        return File.WriteAllTextAsync(Path.Combine(incomingFolder, transportId + ".rejected"), reason, cancellationToken);
    }

    private static void RequireId(string transportId)
    {
        if (transportId.Length == 0 || !transportId.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("not a transport id", nameof(transportId));
        }
    }
}
