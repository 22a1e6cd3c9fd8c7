using Loa.Exchange;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Loa.Web.Infrastructure.Exchange;

/// <summary>
/// Makes the configured transport (<see cref="ExchangeOptions.Transport"/>): the folder one, or the hub one with the named
/// HTTP client "exchange-hub" — pointed at the configured hub, or at this app's own mock hub when none is configured.
/// </summary>
public sealed class ExchangeTransports(IOptions<ExchangeOptions> options, LoaPaths paths, IHttpClientFactory clients, IServer server)
{
    public const string HubClient = "exchange-hub";

    public ExchangeOptions Options => options.Value;

    /// <summary>The transport, or null when the exchange is off.</summary>
    public IExchangeTransport? Create()
    {
        var o = options.Value;
        if (!o.IsOn)
        {
            return null;
        }

        if (!o.UsesHub)
        {
            return new FolderTransport(o.OutgoingPath(paths.Data), o.IncomingPath(paths.Data));
        }

        var http = clients.CreateClient(HubClient);
        http.BaseAddress = new Uri(HubAddress(o));
        return new HubTransport(http, o.HubToken);
    }

    private string HubAddress(ExchangeOptions o)
    {
        if (o.HubUrl is { Length: > 0 } url)
        {
            return url.EndsWith('/') ? url : url + "/";
        }

        var own = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Loa:Exchange:HubUrl is not set and the app's own address is unknown.");
        return own.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal)
            .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + MockHubEndpoints.Prefix + "/";
    }
}
