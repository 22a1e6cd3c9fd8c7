using Loa.Hosting;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace Loa.Web.Infrastructure.Scaling;

/// <summary>
/// Behind a reverse proxy the connection comes from the proxy, over plain http. From a proxy named in
/// <see cref="ProxyOptions"/> (and from no one else) the client's address and scheme are taken from X-Forwarded-For
/// and X-Forwarded-Proto, so that per-address limits count each client, the audit log records it, and HSTS and
/// Secure cookies see https. The headers are read right to left while the hop that sent them is a known proxy, so a
/// client cannot slip in an address of its own choosing. Without known proxies nothing is forwarded.
/// </summary>
public static class ProxyHeaders
{
    public static void UseLoaForwardedHeaders(this WebApplication app)
    {
        var proxy = app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value;
        var trust = ProxyTrust.Parse(proxy.KnownProxies, proxy.KnownNetworks);
        if (!trust.Any)
        {
            return;
        }

        var options = new ForwardedHeadersOptions
        {
            ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto,
            ForwardLimit = null,
        };
        options.KnownProxies.Clear();
        options.KnownIPNetworks.Clear();
        foreach (var address in trust.Proxies)
        {
            options.KnownProxies.Add(address);
        }

        foreach (var network in trust.Networks)
        {
            options.KnownIPNetworks.Add(network);
        }

        app.UseForwardedHeaders(options);
    }
}
