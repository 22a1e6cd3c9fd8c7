using System.Net;
using Loa.IntegrationTests.Feedback;
using Loa.IntegrationTests.Infrastructure;
using Loa.Web.Infrastructure.Portal;
using Loa.Web.Infrastructure.Scaling;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Loa.IntegrationTests.Scaling;

/// <summary>
/// Two app instances on one database, as behind a load balancer: a limit of N a minute is N in total, counted in the
/// database, not N on each instance (security.md 7, 19, 21 with several instances).
/// </summary>
public sealed class SharedLimitTests
{
    /// <summary>Policies counted per instance, and why.</summary>
    private static readonly Dictionary<string, string> PerInstance = new(StringComparer.Ordinal)
    {
        [Loa.Web.Infrastructure.OpenData.OpenDataRegistration.RateLimit] =
            "reads of open data, mostly from the cache: a database write per request would cost more than the answer (decision record 40)",
    };

    private static readonly Dictionary<string, string?> Limits = new()
    {
        ["Loa:LoginAttemptsPerIpPerMinute"] = "3",
        ["Loa:PublicLookupsPerIpPerMinute"] = "3",
    };

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Sign_in_attempts_and_lookups_beyond_the_limit_are_refused_whichever_instance_counts_them(Engine engine)
    {
        using var first = new LoaAppFactory(engine, settings: Limits);
        var scenario = await Scenario.CreateAsync(first);
        using var second = first.SecondInstance(secondSettings: Limits);
        LoaAppFactory[] instances = [first, second];

        // four look-ups, turn and turn about: each instance sees two, but the fourth is the fourth of the minute
        var lookups = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var citizen = instances[i % 2].BareClient();
            lookups.Add((await citizen.GetAsync(FeedbackData.Portal(scenario) + "/feedback/lookup")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], lookups);

        // the same for sign-in attempts (with names that exist nowhere, so that no account's own limit plays a part)
        var attempts = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            using var session = instances[i % 2].Session();
            var page = await session.GetPageAsync("/account/login");
            var response = await session.SubmitAsync(page, "form", new()
            {
                ["Input.UserName"] = $"khong.co.{i}.{scenario.Commune.Code}",
                ["Input.Password"] = "sai-mat-khau-dai-du",
            });
            attempts.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], attempts);
    }

    [Fact]
    public void Every_rate_limit_policy_a_page_names_is_counted_in_the_database()
    {
        using var app = new LoaAppFactory(Engine.Sqlite);
        _ = app.Server;
        _ = app.Services.GetRequiredService<IOptions<RateLimiterOptions>>().Value;
        var named = app.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName)
            .OfType<string>()
            .Distinct()
            .ToList();

        Assert.Contains("login", named);
        Assert.Contains(PublicLimits.Posts, named);
        Assert.Contains(PublicLimits.Lookups, named);
        var shared = app.Services.GetRequiredService<SharedCounterStore>().Policies;
        Assert.All(named.Except(PerInstance.Keys), policy => Assert.Contains(policy, shared));

        // the exceptions are counted in each instance's memory by decision, and in the database when their setting asks it
        Assert.All(PerInstance.Keys, policy => Assert.DoesNotContain(policy, shared));
        using var sharing = new LoaAppFactory(Engine.Sqlite, settings: new Dictionary<string, string?> { ["OpenData:SharedRateLimit"] = "true" });
        _ = sharing.Server;
        _ = sharing.Services.GetRequiredService<IOptions<RateLimiterOptions>>().Value;
        Assert.Contains(Loa.Web.Infrastructure.OpenData.OpenDataRegistration.RateLimit, sharing.Services.GetRequiredService<SharedCounterStore>().Policies);
    }

}
