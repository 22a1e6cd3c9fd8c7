using System.Net;
using Loa.Articles;
using Loa.IntegrationTests.Articles;
using Loa.IntegrationTests.Infrastructure;
using Loa.IntegrationTests.Surveys;
using Loa.Surveys;
using Loa.Web.Infrastructure.Portal;
using Microsoft.Extensions.DependencyInjection;

namespace Loa.IntegrationTests.Portal;

/// <summary>
/// A commune's portal home is built once per change of its data and kept (decision record 41), with the output cache off
/// as in these tests: yet a visitor never sees it out of date — not after a save on another instance of the app, not
/// after a survey closes or an article's scheduled time comes with no save at all.
/// </summary>
public sealed class PortalHomeFreshnessTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_change_saved_on_another_instance_shows_on_this_instances_home_at_once(Engine engine)
    {
        using var first = new LoaAppFactory(engine);
        using var second = first.SecondInstance();
        var a = await Scenario.CreateAsync(first);
        using var coordinator = first.Session();
        await coordinator.LoginAsync(a.Coordinator.UserName!);
        await SaveIntroAsync(coordinator, "Lời chào đầu tiên");

        using var visitor = second.Session();
        Assert.Contains("Lời chào đầu tiên", await HomeAsync(visitor, a), StringComparison.Ordinal);

        await SaveIntroAsync(coordinator, "Lời chào mới của xã");
        Assert.Contains("Lời chào mới của xã", await HomeAsync(visitor, a), StringComparison.Ordinal);

        // a new article published through the app shows on the other instance too
        await ArticleData.AddAsync(first, a, "Bài mới về một cửa", ArticleStatus.Published, first.Clock.Now.UtcDateTime.AddMinutes(-1));
        Assert.Contains("Bài mới về một cửa", await HomeAsync(visitor, a), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_survey_leaves_the_home_the_moment_it_closes_with_no_save(Engine engine)
    {
        using var app = new LoaAppFactory(engine);
        var a = await Scenario.CreateAsync(app);
        await SurveyData.AddAsync(app, a, SurveyStatus.Open, "Khảo sát sắp đóng", closesAt: app.Clock.Now.UtcDateTime.AddSeconds(30));
        using var visitor = app.Session();
        using var restore = app.Clock.RestoreAfterwards();

        Assert.Contains("Khảo sát sắp đóng", await HomeAsync(visitor, a), StringComparison.Ordinal);
        app.Clock.Now = app.Clock.Now.AddSeconds(31);
        Assert.DoesNotContain("Khảo sát sắp đóng", await HomeAsync(visitor, a), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_scheduled_article_appears_on_the_home_the_moment_its_time_comes(Engine engine)
    {
        using var app = new LoaAppFactory(engine);
        var a = await Scenario.CreateAsync(app);
        await ArticleData.AddAsync(app, a, "Bài hẹn giờ đăng", ArticleStatus.Scheduled, app.Clock.Now.UtcDateTime.AddSeconds(20));
        using var visitor = app.Session();
        using var restore = app.Clock.RestoreAfterwards();

        Assert.DoesNotContain("Bài hẹn giờ đăng", await HomeAsync(visitor, a), StringComparison.Ordinal);
        app.Clock.Now = app.Clock.Now.AddSeconds(21);
        Assert.Contains("Bài hẹn giờ đăng", await HomeAsync(visitor, a), StringComparison.Ordinal);
    }

    private static async Task<string> HomeAsync(WebSession visitor, Scenario scenario)
    {
        var response = await visitor.Client.GetAsync($"/x/{scenario.Commune.Code}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [Fact]
    public async Task A_home_too_old_to_be_served_again_is_not_held_in_memory()
    {
        using var app = new LoaAppFactory(Engine.Sqlite);
        var a = await Scenario.CreateAsync(app);
        var b = await Scenario.CreateAsync(app, sameProvinceAs: a);
        var homes = app.Services.GetRequiredService<PortalHomes>();
        using var visitor = app.Session();
        using var restore = app.Clock.RestoreAfterwards();

        await HomeAsync(visitor, a);
        Assert.Equal(1, homes.Count);

        // a home older than its maximum age is built afresh when asked for: held past it, it only takes memory
        app.Clock.Now = app.Clock.Now.Add(PortalHomes.MaxAge).AddSeconds(1);
        await HomeAsync(visitor, b);
        Assert.Equal(1, homes.Count);
        Assert.Contains(a.Commune.Name, await HomeAsync(visitor, a), StringComparison.Ordinal);
        Assert.Equal(2, homes.Count);
    }

    private static async Task SaveIntroAsync(WebSession coordinator, string intro)
    {
        var saved = await coordinator.SubmitAsync(await coordinator.GetPageAsync("/portal"), "form", new() { ["Profile.Intro"] = intro });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
    }
}
