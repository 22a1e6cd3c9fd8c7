using System.Net;
using Loa.IntegrationTests.Feedback;
using Loa.IntegrationTests.Infrastructure;

namespace Loa.IntegrationTests.Scaling;

/// <summary>
/// Two app instances on one database, as behind a load balancer: a limit of N a minute is N in total, counted in the
/// database, not N on each instance (security.md 7, 19, 21 with several instances).
/// </summary>
public sealed class SharedLimitTests
{
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
            var response = await session.SubmitAsync(page, "form", new() { ["Input.UserName"] = $"khong.co.{i}.{scenario.Commune.Code}", ["Input.Password"] = "sai-mat-khau-dai-du" });
            attempts.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], attempts);
    }
}
