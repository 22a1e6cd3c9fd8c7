using System.Net;

namespace Loa.Hosting;

/// <summary>
/// The reverse proxies whose X-Forwarded-For / X-Forwarded-Proto the app believes (section "Loa:Proxy"): addresses
/// (<c>KnownProxies</c>, "10.0.0.5") and networks (<c>KnownNetworks</c>, "10.0.0.0/24"). Anything else that sends
/// those headers is ignored.
/// </summary>
public sealed record ProxyTrust(IReadOnlyList<IPAddress> Proxies, IReadOnlyList<IPNetwork> Networks, IReadOnlyList<string> Invalid)
{
    public bool Any => Proxies.Count > 0 || Networks.Count > 0;

    /// <summary>Networks that contain every address (0.0.0.0/0, ::/0): trusting them trusts anyone.</summary>
    public IEnumerable<IPNetwork> Everyone => Networks.Where(n => n.PrefixLength == 0);

    public static ProxyTrust Parse(IEnumerable<string>? proxies, IEnumerable<string>? networks)
    {
        var invalid = new List<string>();
        var addresses = new List<IPAddress>();
        foreach (var entry in (proxies ?? []).Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim()))
        {
            if (IPAddress.TryParse(entry, out var address))
            {
                addresses.Add(address);
            }
            else
            {
                invalid.Add(entry);
            }
        }

        var ranges = new List<IPNetwork>();
        foreach (var entry in (networks ?? []).Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim()))
        {
            if (IPNetwork.TryParse(entry, out var network))
            {
                ranges.Add(network);
            }
            else
            {
                invalid.Add(entry);
            }
        }

        return new ProxyTrust(addresses, ranges, invalid);
    }
}
