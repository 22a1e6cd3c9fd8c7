using System.Net;
using Loa.Hosting;

namespace Loa.UnitTests.Hosting;

public sealed class ProxyTrustTests
{
    [Fact]
    public void Addresses_and_networks_of_both_families_are_read_and_anything_else_is_reported()
    {
        var trust = ProxyTrust.Parse([" 10.0.0.5 ", "::1", "", "nginx"], ["10.0.0.0/24", "fd00::/8", "10.0.0.0/33", "10.0.0.0"]);

        Assert.Equal([IPAddress.Parse("10.0.0.5"), IPAddress.IPv6Loopback], trust.Proxies);
        Assert.Equal([IPNetwork.Parse("10.0.0.0/24"), IPNetwork.Parse("fd00::/8")], trust.Networks);
        Assert.Equal(["nginx", "10.0.0.0/33", "10.0.0.0"], trust.Invalid);
        Assert.True(trust.Any);
        Assert.Empty(trust.Everyone);
    }

    [Fact]
    public void Nothing_configured_trusts_nobody_and_a_zero_prefix_trusts_everyone()
    {
        Assert.False(ProxyTrust.Parse(null, null).Any);
        Assert.Equal([IPNetwork.Parse("0.0.0.0/0"), IPNetwork.Parse("::/0")], ProxyTrust.Parse([], ["0.0.0.0/0", "::/0", "10.0.0.0/8"]).Everyone);
    }
}
