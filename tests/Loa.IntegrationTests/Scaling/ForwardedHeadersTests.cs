using System.Net;
using Loa.IntegrationTests.Feedback;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Loa.IntegrationTests.Scaling;

/// <summary>
/// Behind a reverse proxy the app sees the proxy's address and plain http. It takes the client's address and scheme
/// from X-Forwarded-For / X-Forwarded-Proto when, and only when, the request comes from a proxy it was told to trust
/// (Loa:Proxy), so that per-address limits count each client, and HSTS and Secure cookies work (security.md 7, 11, 13, 19).
/// </summary>
public sealed class ForwardedHeadersTests
{
    private const string Proxy = "10.20.30.40";
    private const string Host = "cchc.example.gov.vn";

    private static LoaAppFactory BehindProxy() => new(Engine.Sqlite, configure: PeerAddress.Register, settings: new Dictionary<string, string?>
    {
        ["Loa:Proxy:KnownProxies:0"] = Proxy,
        ["Loa:Proxy:TlsTerminated"] = "true",
        ["Loa:PublicLookupsPerIpPerMinute"] = "2",
    });

    [Fact]
    public async Task Through_a_trusted_proxy_each_client_has_its_own_limit_and_the_forwarded_https_gives_HSTS_and_Secure_cookies()
    {
        using var app = BehindProxy();
        var scenario = await Scenario.CreateAsync(app);
        using var proxy = Client(app);
        var lookup = FeedbackData.Portal(scenario) + "/feedback/lookup";

        var first = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            first.Add((await proxy.SendAsync(Request(lookup, Proxy, forwardedFor: "203.0.113.7", proto: "https"))).StatusCode);
        }

        var other = await proxy.SendAsync(Request(lookup, Proxy, forwardedFor: "203.0.113.8", proto: "https"));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], first);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.True(other.Headers.Contains("Strict-Transport-Security"), "no HSTS header although the client used https");
        Assert.Contains("secure", AntiforgeryCookie(other), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Forwarded_headers_from_anyone_else_are_ignored()
    {
        using var app = BehindProxy();
        var scenario = await Scenario.CreateAsync(app);
        using var client = Client(app);
        var lookup = FeedbackData.Portal(scenario) + "/feedback/lookup";
        const string stranger = "198.51.100.23";

        // a client that names a new address on every request is still one client, on plain http
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await client.SendAsync(Request(lookup, stranger, forwardedFor: $"203.0.113.{i + 10}", proto: "https")));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], answers.Select(a => a.StatusCode));
        Assert.False(answers[0].Headers.Contains("Strict-Transport-Security"), "HSTS on plain http because a stranger said https");
        Assert.DoesNotContain("secure", AntiforgeryCookie(answers[0]), StringComparison.OrdinalIgnoreCase);
    }

    private static HttpClient Client(LoaAppFactory app) => app.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = false,
        BaseAddress = new Uri("http://" + Host),
    });

    private static HttpRequestMessage Request(string url, string peer, string forwardedFor, string proto)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(PeerAddress.Header, peer);
        request.Headers.Add("X-Forwarded-For", forwardedFor);
        request.Headers.Add("X-Forwarded-Proto", proto);
        return request;
    }

    private static string AntiforgeryCookie(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.FirstOrDefault(c => c.StartsWith("loa.af=", StringComparison.Ordinal)) ?? throw new InvalidOperationException("no antiforgery cookie")
            : throw new InvalidOperationException("no cookies");
}
