using System.Net;
using Loa.IntegrationTests.Infrastructure;

namespace Loa.IntegrationTests.Web;

/// <summary>What every visitor meets: the health check, the sign-in wall, error pages in Vietnamese, protective headers.</summary>
[Collection(AppCollection.Name)]
public sealed class BasicsTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Health_answers_200_when_the_app_and_its_database_are_up(Engine engine)
    {
        using var session = fixture.App(engine).Session();
        var response = await session.Client.GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Staff_pages_send_anonymous_visitors_to_sign_in(Engine engine)
    {
        using var session = fixture.App(engine).Session();
        foreach (var url in new[] { "/plans", "/tasks/mine", "/units", "/admin", "/plans/details/1", "/activities/create?taskId=1" })
        {
            var response = await session.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("https://localhost/account/login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Pages_carry_protective_headers_and_no_server_version(Engine engine)
    {
        using var session = fixture.App(engine).Session();
        var response = await session.Client.GetAsync("https://loa.example.vn/account/login");
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
        Assert.False(response.Headers.Contains("Server"));
        Assert.Contains("max-age", string.Join(";", response.Headers.GetValues("Strict-Transport-Security")), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task An_unknown_address_gets_a_Vietnamese_404_page(Engine engine)
    {
        var scenario = await Scenario.CreateAsync(fixture.App(engine));
        using var session = fixture.App(engine).Session();
        await session.LoginAsync(scenario.Coordinator.UserName!);
        var response = await session.Client.GetAsync("/khong-co-trang-nay");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_post_without_the_form_token_is_refused_with_400_and_changes_nothing(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, Loa.Plans.PlanStatus.Draft);
        using var session = app.Session();
        await session.LoginAsync(scenario.Coordinator.UserName!);
        var response = await session.Client.PostAsync($"/plans/details/{scenario.Plan.Id}?handler=Submit", new FormUrlEncodedContent([new("Version", "0")]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = app.SystemDb();
        Assert.Equal(Loa.Plans.PlanStatus.Draft, db.Plans.Single(p => p.Id == scenario.Plan.Id).Status);
    }
}
