using Loa.Data;

namespace Loa.Portal;

/// <summary>
/// Reads a commune's portal stamp on a plain connection (<see cref="PlainConnections"/>), without a DbContext: a portal
/// home or a staff page that is current needs nothing else from the database.
/// </summary>
public sealed class PortalStampReader(PlainConnections connections)
{
    public async Task<long> ReadAsync(int? communeId, CancellationToken cancellationToken = default)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await PortalStamps.ReadAsync(connection, null, communeId, cancellationToken);
    }
}
