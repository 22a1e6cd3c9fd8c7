using System.Net;
using AngleSharp.Dom;
using Loa.IntegrationTests.Infrastructure;

namespace Loa.IntegrationTests.Dashboard;

/// <summary>
/// The commune's dashboard (/dashboard): its leader, coordinator and unit officer see it at /dashboard, the officer of
/// its province at /dashboard?commune=…; the figures are those of the data arranged here, computed by hand, and staff
/// of another commune or province never see them.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class DashboardTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Each_role_sees_the_figures_of_its_commune_computed_by_hand(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var neighbour = await Scenario.CreateAsync(app, sameProvinceAs: a);
        var far = await Scenario.CreateAsync(app, otherProvinceThan: a);

        // A's plan (today 01/07/2026, tasks "Trong năm 2026", about half the year gone):
        // - clips, target 2: the scenario's clip (1) and a second one recorded here (1) → done, 2/2;
        // - articles, target 4: nothing yet, at least 2 expected by now → late.
        // Activities 2; people reached 1,200 views of the first clip + 85 participants of the second = 1,285.
        var (added, _) = await a.AddActivityAsync(app, a.ServiceCentre, a.ClipsTask, a.Officer, $"Clip thứ hai ({a.Commune.Code})");
        await using (var db = app.SystemDb())
        {
            var second = db.Activities.Single(x => x.Id == added.Id);
            (second.Views, second.Participants, second.Date) = (null, 85, new DateOnly(2026, 5, 20));
            await db.SaveChangesAsync();
        }

        var views = new[] { (a.Leader, "/dashboard"), (a.Coordinator, "/dashboard"), (a.Officer, "/dashboard"), (a.ProvinceOfficer, $"/dashboard?commune={a.Commune.Id}") };
        foreach (var (user, url) in views)
        {
            using var session = app.Session();
            await session.LoginAsync(user.UserName!);
            var response = await session.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = WebSession.Parse(await response.Content.ReadAsStringAsync(), url);

            var stats = Stats(page);
            Assert.Equal("2", stats["Nhiệm vụ (kể cả nội dung con)"]);
            Assert.Equal("1", stats["Hoàn thành"]);
            Assert.Equal("1", stats["Chậm hoặc quá hạn"]);
            Assert.Equal("2", stats["Hoạt động đã ghi nhận"]);
            Assert.Equal("1.285", stats["Lượt người được tiếp cận"]);

            var late = page.QuerySelectorAll("ul.attention li.late").Select(li => li.TextContent).ToList();
            Assert.Contains(a.ArticlesTask.Name, Assert.Single(late), StringComparison.Ordinal);

            var units = UnitRows(page);
            Assert.Equal(["1", "–", "2", "1.285"], units[a.ServiceCentre.Name]);
            Assert.Equal(["1", "1", "0", "0"], units[a.Culture.Name]);
        }

        // The neighbour's staff see their own commune's figures (one clip, 1,200 views), never A's.
        foreach (var user in neighbour.Users)
        {
            using var session = app.Session();
            await session.LoginAsync(user.UserName!);
            var own = await session.GetPageAsync("/dashboard");
            var stats = Stats(own);
            Assert.Equal("1", stats["Hoạt động đã ghi nhận"]);
            Assert.Equal("1.200", stats["Lượt người được tiếp cận"]);
            Assert.All(Security.TenantWalk.Markers(a), marker => Assert.DoesNotContain(marker, own.Text(), StringComparison.Ordinal));

            var asked = await session.Client.GetAsync($"/dashboard?commune={a.Commune.Id}");
            Assert.Equal(HttpStatusCode.NotFound, asked.StatusCode);
            Assert.DoesNotContain(a.ArticlesTask.Name, await asked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The officer of another province: A is not theirs.
        using (var session = app.Session())
        {
            await session.LoginAsync(far.ProvinceOfficer.UserName!);
            var asked = await session.Client.GetAsync($"/dashboard?commune={a.Commune.Id}");
            Assert.Equal(HttpStatusCode.NotFound, asked.StatusCode);
            Assert.DoesNotContain(a.ArticlesTask.Name, await asked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    /// <summary>The figures at the top of the page, by their label.</summary>
    private static Dictionary<string, string> Stats(IDocument page) =>
        page.QuerySelectorAll(".grid .stat").ToDictionary(
            s => s.QuerySelector(".l")!.TextContent.Trim(), s => s.QuerySelector(".n")!.TextContent.Trim(), StringComparer.Ordinal);

    /// <summary>The units table: tasks led, late, activities, reach, by unit name.</summary>
    private static Dictionary<string, string[]> UnitRows(IDocument page) =>
        page.QuerySelectorAll("table.responsive tbody tr").ToDictionary(
            r => r.QuerySelector("td")!.TextContent.Trim(),
            r => r.QuerySelectorAll("td.num").Select(c => c.TextContent.Trim()).ToArray(),
            StringComparer.Ordinal);
}
