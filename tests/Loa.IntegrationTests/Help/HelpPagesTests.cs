using System.Net;
using Loa.IntegrationTests.Infrastructure;

namespace Loa.IntegrationTests.Help;

/// <summary>
/// The user guide (/help): every guide page renders for every role, every screenshot it shows exists (they are made by
/// the browser test HelpScreenshotTests), every "?" beside a hard step leads to a section that exists, and the header's
/// "Hướng dẫn" opens the guide of the user's own role.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class HelpPagesTests(AppFixture fixture)
{
    private static readonly string[] Guides = ["coordinator", "unit-officer", "leader", "province", "admin"];

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Every_guide_renders_and_every_screenshot_it_shows_exists(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        using var session = app.Session();
        await session.LoginAsync(a.Officer.UserName!);

        var index = await session.GetPageAsync("/help");
        var linked = index.QuerySelectorAll("main a[href^='/help/']").Select(l => l.GetAttribute("href")!.Split('#')[0]).Distinct().ToList();
        Assert.Equal(Guides.Select(g => "/help/" + g).Order(), linked.Order());
        Assert.Equal("/help/unit-officer", index.QuerySelector("header a.help-nav")!.GetAttribute("href"));

        var images = new List<string>();
        foreach (var guide in Guides)
        {
            var page = await session.GetPageAsync("/help/" + guide);
            Assert.StartsWith("Hướng dẫn cho ", page.QuerySelector("main h1")!.TextContent, StringComparison.Ordinal);
            var shots = page.QuerySelectorAll("main figure img").Select(i => i.GetAttribute("src")!).ToList();
            Assert.NotEmpty(shots);
            Assert.All(page.QuerySelectorAll("main figure img"), i => Assert.False(string.IsNullOrWhiteSpace(i.GetAttribute("alt"))));
            images.AddRange(shots);
        }

        Assert.Equal(images.Count, images.Distinct().Count());
        foreach (var src in images)
        {
            using var response = await session.Client.GetAsync(src);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{src}: {response.StatusCode} — run the browser tests with LOA_HELP_SCREENSHOTS=1");
            Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.True(bytes.Length < 250_000, $"{src} is {bytes.Length:N0} bytes: screenshots are kept small");
        }
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_question_marks_beside_hard_steps_lead_to_sections_that_exist(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        using var session = app.Session();
        await session.LoginAsync(a.Coordinator.UserName!);

        var pages = new[] { "/plans/import", $"/activities/create?taskId={a.ClipsTask.Id}" };
        var targets = new List<string>();
        foreach (var url in pages)
        {
            var page = await session.GetPageAsync(url);
            var help = page.QuerySelector("main h1 a.help-link");
            Assert.True(help is not null, $"{url} has no help link in its heading");
            targets.Add(help.GetAttribute("href")!);
        }

        Assert.Equal(["/help/coordinator#nhap-ke-hoach", "/help/unit-officer#ghi-nhan"], targets);
        foreach (var target in targets.Append("/help/unit-officer#bao-cao").Append("/help/coordinator#bao-cao"))
        {
            var parts = target.Split('#');
            var guide = await session.GetPageAsync(parts[0]);
            Assert.NotNull(guide.GetElementById(parts[1]));
        }
    }

    [Fact]
    public async Task Each_role_s_header_link_opens_its_own_guide()
    {
        var app = fixture.App(Engine.Sqlite);
        var a = await Scenario.CreateAsync(app);
        foreach (var (user, guide) in new[] { (a.Coordinator, "coordinator"), (a.Leader, "leader"), (a.ProvinceOfficer, "province") })
        {
            using var session = app.Session();
            await session.LoginAsync(user.UserName!);
            var page = await session.GetPageAsync("/plans");
            Assert.Equal("/help/" + guide, page.QuerySelector("header a.help-nav")!.GetAttribute("href"));
        }

        using var anonymous = app.Session();
        var refused = await anonymous.Client.GetAsync("/help/coordinator");
        Assert.DoesNotContain("Hướng dẫn cho cán bộ đầu mối", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
