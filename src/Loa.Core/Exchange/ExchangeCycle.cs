using Loa.Data;
using Microsoft.EntityFrameworkCore;

namespace Loa.Exchange;

/// <summary>
/// One turn of the exchange worker: send what is due and follow what was sent (<see cref="ExchangeOutbox"/>), then fetch
/// what waits for each province Loa serves and receive it (<see cref="ExchangeInbox"/>), confirming or rejecting it at the
/// transport. The worker runs it under its lease; tests and the benchmark call it directly.
/// </summary>
public static class ExchangeCycle
{
    public sealed record Outcome(int Sent, int Received);

    public static async Task<Outcome> RunAsync(
        LoaDbContext db, IExchangeTransport transport, ExchangeOptions options, string dataPath, DateTime now, CancellationToken cancellationToken = default)
    {
        var sent = await ExchangeOutbox.SendDueAsync(db, transport, options, dataPath, now, cancellationToken);
        var received = 0;
        var provinces = await db.Provinces.Where(p => p.AgencyCode != null).OrderBy(p => p.Id).ToListAsync(cancellationToken);
        foreach (var province in provinces)
        {
            IReadOnlyList<IncomingPackage> packages;
            try
            {
                packages = await transport.FetchAsync(province.AgencyCode!, cancellationToken);
            }
            catch (ExchangeUnavailableException)
            {
                break;
            }

            foreach (var package in packages)
            {
                var result = await ExchangeInbox.ReceiveAsync(
                    db, dataPath, province, package.Content, package.TransportId, null, now, keepRefused: true, cancellationToken);
                try
                {
                    if (result.Problem is { } problem)
                    {
                        await transport.RejectAsync(package.TransportId, problem, cancellationToken);
                    }
                    else
                    {
                        await transport.ConfirmAsync(package.TransportId, cancellationToken);
                    }
                }
                catch (ExchangeUnavailableException)
                {
                    // Kept already; the package is fetched again and recognised by its id at the next turn.
                }

                received += result.Message is null ? 0 : 1;
            }
        }

        return new Outcome(sent, received);
    }
}
