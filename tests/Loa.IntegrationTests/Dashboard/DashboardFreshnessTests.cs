using System.Net;
using System.Text.RegularExpressions;
using Loa.IntegrationTests.Infrastructure;

namespace Loa.IntegrationTests.Dashboard;

/// <summary>
/// A commune's dashboard is built once per change of the commune's data and kept (decision record 42): a save on another
/// instance shows at once, and what is kept is never built by someone who may not see the commune (a province officer
/// of another province), whose narrower view would otherwise be shown to the commune's own staff.
/// </summary>
public sealed partial class DashboardFreshnessTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task An_activity_saved_on_another_instance_counts_on_this_instances_dashboard_at_once(Engine engine)
    {
        using var first = new LoaAppFactory(engine);
        using var second = first.SecondInstance();
        var a = await Scenario.CreateAsync(first);
        using var leader = second.Session();
        await leader.LoginAsync(a.Leader.UserName!);
        var before = ActivitiesShown(await DashboardAsync(leader, ""));

        await a.AddActivityAsync(first, a.Culture, a.ArticlesTask, a.Coordinator, $"Tin bài mới về một cửa ({a.Commune.Code})");

        Assert.Equal(before + 1, ActivitiesShown(await DashboardAsync(leader, "")));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Another_provinces_officer_is_refused_and_leaves_nothing_kept_for_the_communes_staff(Engine engine)
    {
        using var app = new LoaAppFactory(engine);
        var a = await Scenario.CreateAsync(app);
        var b = await Scenario.CreateAsync(app, otherProvinceThan: a);
        using var stranger = app.Session();
        await stranger.LoginAsync(b.ProvinceOfficer.UserName!);
        var refused = await stranger.Client.GetAsync($"/dashboard?commune={a.Commune.Id}");
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.DoesNotContain(a.Plan.Title, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var leader = app.Session();
        await leader.LoginAsync(a.Leader.UserName!);
        var page = await DashboardAsync(leader, "");

        Assert.Contains(a.Plan.Title, page, StringComparison.Ordinal);
        Assert.Equal(1, ActivitiesShown(page));
    }

    private static async Task<string> DashboardAsync(WebSession session, string query)
    {
        var response = await session.Client.GetAsync("/dashboard" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static int ActivitiesShown(string page)
    {
        var shown = ActivityStat().Match(page);
        Assert.True(shown.Success, "the dashboard shows how many activities were recorded");
        return int.Parse(shown.Groups[1].Value, System.Globalization.NumberStyles.AllowThousands, new System.Globalization.CultureInfo("vi-VN"));
    }

    [GeneratedRegex("""<div class="n">([0-9.]+)</div><div class="l">Hoạt động đã ghi nhận""")]
    private static partial Regex ActivityStat();
}
