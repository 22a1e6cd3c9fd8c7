using System.Net;
using AngleSharp.Html.Dom;
using Loa.Articles;
using Loa.Feedbacks;
using Loa.IntegrationTests.Articles;
using Loa.IntegrationTests.Feedback;
using Loa.IntegrationTests.Infrastructure;

namespace Loa.IntegrationTests.Search;

/// <summary>
/// The staff search box: one search across plans, tasks, activities, reports, feedback and news, typed any way, grouped
/// by kind and linking to pages that open; never anything of another commune, and only what the person's role may see.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class StaffSearchTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_coordinator_finds_the_communes_things_typed_any_way_grouped_and_each_result_opens(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var b = await Scenario.CreateAsync(app, sameProvinceAs: a);
        await ArticleData.AddAsync(app, a, $"Hướng dẫn đăng ký khai sinh trực tuyến {a.Commune.Code}", ArticleStatus.Draft, null);
        await FeedbackData.AddAsync(app, a, FeedbackStatus.Received);
        using var session = app.Session();
        await session.LoginAsync(a.Coordinator.UserName!);

        // the box is in the header of every staff page, and works as a plain GET form
        var home = await session.GetPageAsync("/plans");
        var box = home.QuerySelector("header form.staff-search")!;
        Assert.Equal("get", box.GetAttribute("method"));
        Assert.Equal("/search", box.GetAttribute("action"));

        foreach (var query in new[] { "video clip hướng dẫn", "VIDEO CLIP HUONG DAN", "  video   clip  huong dan ", "Video Clíp hướng dẫn" })
        {
            var page = await SearchAsync(session, query);
            var tasks = Hits(page, "nhiem-vu");
            Assert.True(tasks.Count > 0, $"“{query}” found no task");
            Assert.Equal(a.ClipsTask.Name, tasks[0].Text);
            Assert.Equal($"/plans/details/{a.Plan.Id}#task-{a.ClipsTask.Id}", tasks[0].Url);
            Assert.DoesNotContain(tasks, t => t.Text.Contains(b.Commune.Code, StringComparison.Ordinal));
        }

        // i/y: "đăng kí" finds what is written "đăng ký"; each kind in its own group, with its label
        var ky = await SearchAsync(session, $"dang ki khai sinh {a.Commune.Code}");
        Assert.Equal([$"Hướng dẫn đăng ký khai sinh trực tuyến {a.Commune.Code}"], Hits(ky, "tin-bai").Select(h => h.Text));
        Assert.Contains("Tin, bài", ky.QuerySelector("#kq-tin-bai h2")!.TextContent, StringComparison.Ordinal);

        var plan = await SearchAsync(session, "thong tin tuyen truyen cai cach hanh chinh");
        Assert.Contains(Hits(plan, "ke-hoach"), h => h.Url == $"/plans/details/{a.Plan.Id}");
        var feedback = await SearchAsync(session, $"den duong hong {a.Commune.Code}");
        Assert.Single(Hits(feedback, "phan-anh"));

        // every result opens
        var activity = await FirstActivityAsync(session, a);
        foreach (var url in new[] { Hits(plan, "ke-hoach")[0].Url, Hits(feedback, "phan-anh")[0].Url, Hits(ky, "tin-bai")[0].Url, activity.Url })
        {
            var opened = await session.Client.GetAsync(url);
            Assert.True(opened.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)opened.StatusCode}");
        }

        // an empty or absurd search is calm
        Assert.Contains("Gõ tên kế hoạch", (await session.GetPageAsync("/search")).Text(), StringComparison.Ordinal);
        Assert.Contains("Không tìm thấy gì", (await SearchAsync(session, "zzqxw " + new string('x', 500))).Text(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Search_never_returns_another_communes_items_and_keeps_to_the_roles_rules(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var b = await Scenario.CreateAsync(app, sameProvinceAs: a);
        var far = await Scenario.CreateAsync(app, otherProvinceThan: a);
        await FeedbackData.AddAsync(app, a, FeedbackStatus.Assigned, f => f.Subject = $"Giao trung tâm {a.Commune.Code}");
        await FeedbackData.AddAsync(app, a, FeedbackStatus.Received, f => f.Subject = $"Chưa giao {a.Commune.Code}");
        await FeedbackData.AddAsync(app, b, FeedbackStatus.Received, f => f.Subject = $"Của xã khác {a.Commune.Code}");
        await ArticleData.AddAsync(app, a, $"Tin nháp {a.Commune.Code}", ArticleStatus.Draft, null);

        // commune staff of A: B's task (its name carries B's code) is never found, A's is
        foreach (var user in new[] { a.Coordinator, a.Leader, a.Officer })
        {
            using var session = app.Session();
            await session.LoginAsync(user.UserName!);
            Assert.DoesNotContain(AllHits(await SearchAsync(session, b.ClipsTask.Name)), h => h.Text.Contains(b.Commune.Code, StringComparison.Ordinal));
            Assert.Contains(AllHits(await SearchAsync(session, a.ClipsTask.Name)), h => h.Text == a.ClipsTask.Name);
            Assert.DoesNotContain(AllHits(await SearchAsync(session, "xa khac " + a.Commune.Code)), h => h.Text.Contains("xã khác", StringComparison.Ordinal));
        }

        // the unit officer: only the feedback given to their unit, and no news (not theirs to edit)
        using (var officer = app.Session())
        {
            await officer.LoginAsync(a.Officer.UserName!);
            var page = await SearchAsync(officer, a.Commune.Code);
            Assert.Equal([$"Giao trung tâm {a.Commune.Code}"], Hits(page, "phan-anh").Select(h => h.Text[(h.Text.IndexOf(':', StringComparison.Ordinal) + 2)..]));
            Assert.Empty(Hits(page, "tin-bai"));
        }

        // the coordinator: all the commune's feedback and its news
        using (var coordinator = app.Session())
        {
            await coordinator.LoginAsync(a.Coordinator.UserName!);
            var page = await SearchAsync(coordinator, a.Commune.Code);
            Assert.Equal(2, Hits(page, "phan-anh").Count);
            Assert.Single(Hits(page, "tin-bai"));
        }

        // the province officer: its communes' plans and tasks, no feedback nor news; another province's officer: nothing
        using (var province = app.Session())
        {
            await province.LoginAsync(a.ProvinceOfficer.UserName!);
            var page = await SearchAsync(province, b.Commune.Code);
            Assert.Contains(Hits(page, "nhiem-vu"), h => h.Text == b.ClipsTask.Name);
            Assert.Empty(Hits(await SearchAsync(province, a.Commune.Code), "phan-anh"));
            Assert.Empty(Hits(await SearchAsync(province, a.Commune.Code), "tin-bai"));
        }

        using (var other = app.Session())
        {
            await other.LoginAsync(far.ProvinceOfficer.UserName!);
            Assert.DoesNotContain(AllHits(await SearchAsync(other, b.Commune.Code)), h => h.Text.Contains(b.Commune.Code, StringComparison.Ordinal));
            Assert.DoesNotContain(AllHits(await SearchAsync(other, a.Commune.Code)), h => h.Text.Contains(a.Commune.Code, StringComparison.Ordinal));
        }

        // a kind the role may not see, asked for by address, shows nothing of it
        using var unit = app.Session();
        await unit.LoginAsync(a.Officer.UserName!);
        Assert.Empty(Hits(await unit.GetPageAsync($"/search?q={a.Commune.Code}&loai=tin-bai"), "tin-bai"));
    }

    private static Task<IHtmlDocument> SearchAsync(WebSession session, string query) =>
        session.GetPageAsync("/search?q=" + Uri.EscapeDataString(query));

    private static async Task<(string Text, string Url)> FirstActivityAsync(WebSession session, Scenario s) =>
        Hits(await SearchAsync(session, s.Activity!.Title), "hoat-dong")[0];

    private static List<(string Text, string Url)> Hits(IHtmlDocument page, string kind) =>
        page.QuerySelectorAll($"#kq-{kind} .search-hits li > a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href")!)).ToList();

    private static List<(string Text, string Url)> AllHits(IHtmlDocument page) =>
        page.QuerySelectorAll(".search-hits li > a").Select(a => (a.TextContent.Trim(), a.GetAttribute("href")!)).ToList();
}
