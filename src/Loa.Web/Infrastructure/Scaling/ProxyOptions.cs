namespace Loa.Web.Infrastructure.Scaling;

/// <summary>
/// Section "Loa:Proxy": the reverse proxy in front of the app. Forwarded headers are believed only from
/// <see cref="KnownProxies"/> and <see cref="KnownNetworks"/>; <see cref="TlsTerminated"/> says TLS ends there.
/// </summary>
public sealed class ProxyOptions
{
    public const string Section = "Loa:Proxy";

    /// <summary>Addresses of the proxies ("10.0.0.5").</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks of the proxies ("10.0.0.0/24").</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>TLS ends at the proxy, which passes plain http on with X-Forwarded-Proto.</summary>
    public bool TlsTerminated { get; set; }
}
