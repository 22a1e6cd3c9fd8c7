using System.Net;
using AngleSharp.Html.Dom;
using Loa.IntegrationTests.Infrastructure;
using Loa.Plans;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Plans;

/// <summary>
/// The whole task table edited in one form, without JavaScript: every button re-renders the pending table and nothing is
/// saved until "Lưu"; a save is one version of the plan; bad rows are named in Vietnamese and nothing is half-saved.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class TaskTableEditorTests(AppFixture fixture)
{
    private static async Task<IHtmlDocument> PressAsync(WebSession session, IHtmlDocument page, string op, Dictionary<string, object?>? values = null)
    {
        var response = await session.SubmitAsync(page, "#task-table-form", values ?? [], button: $"button[value='{op}']");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebSession.Parse(await response.Content.ReadAsStringAsync(), page.Body!.GetAttribute("data-test-url")!);
    }

    private static async Task<int> VersionsAsync(LoaAppFactory app, int planId)
    {
        await using var db = app.SystemDb();
        return await db.PlanVersions.CountAsync(v => v.PlanId == planId);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Add_indent_move_and_edit_in_one_form_then_one_save_makes_one_version(Engine engine)
    {
        var app = fixture.App(engine);
        var s = await Scenario.CreateAsync(app, PlanStatus.Draft, withActivity: false);
        using var coordinator = app.Session();
        await coordinator.LoginAsync(s.Coordinator.UserName!);
        var versions = await VersionsAsync(app, s.Plan.Id);

        var page = await coordinator.GetPageAsync($"/plans/table/{s.Plan.Id}");
        page = await PressAsync(coordinator, page, "add");
        page = await PressAsync(coordinator, page, "indent:2", new()
        {
            ["Rows[2].Name"] = "Tọa đàm về dịch vụ công trực tuyến",
            ["Rows[2].LeadUnitIds"] = new[] { s.ServiceCentre.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            ["Rows[2].Timeframe"] = "Quý III/2026",
            ["Rows[2].Quantity"] = "02 buổi",
        });
        page = await PressAsync(coordinator, page, "up:1");
        Assert.Equal(["1", "1.1", "2"], page.QuerySelectorAll("td.label-cell strong").Select(e => e.TextContent));
        Assert.Equal(versions, await VersionsAsync(app, s.Plan.Id));
        await using (var before = app.SystemDb())
        {
            Assert.Equal(2, await before.Tasks.CountAsync(t => t.PlanId == s.Plan.Id));
        }

        var saved = await coordinator.SubmitAsync(page, "#task-table-form", new() { ["Rows[0].Timeframe"] = "Quý IV/2026" }, button: "#save-table");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(versions + 1, await VersionsAsync(app, s.Plan.Id));
        await using var db = app.SystemDb();
        var tasks = await db.Tasks.Include(t => t.Units).Where(t => t.PlanId == s.Plan.Id).ToListAsync();
        var clips = tasks.Single(t => t.Id == s.ClipsTask.Id);
        var talk = tasks.Single(t => t.Name == "Tọa đàm về dịch vụ công trực tuyến");
        var articles = tasks.Single(t => t.Id == s.ArticlesTask.Id);
        Assert.Equal(("1", 0, null, "Quý IV/2026"), (clips.Label, clips.Order, clips.ParentId, clips.Timeframe));
        Assert.Equal(("1.1", clips.Id, "Quý III/2026", 2), (talk.Label, talk.ParentId, talk.Timeframe, talk.QuantityValue));
        Assert.Equal([s.ServiceCentre.Id], talk.Leads.Select(u => u.UnitId));
        Assert.Equal(("2", 1), (articles.Label, articles.Order));
        var version = await db.PlanVersions.Where(v => v.PlanId == s.Plan.Id).OrderByDescending(v => v.Number).FirstAsync();
        Assert.StartsWith("Sửa bảng nhiệm vụ: thêm 1, xóa 0", version.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Bad_rows_are_named_in_Vietnamese_beside_the_row_and_nothing_is_saved(Engine engine)
    {
        var app = fixture.App(engine);
        var s = await Scenario.CreateAsync(app, PlanStatus.Draft, withActivity: false);
        using var coordinator = app.Session();
        await coordinator.LoginAsync(s.Coordinator.UserName!);
        var versions = await VersionsAsync(app, s.Plan.Id);
        var page = await coordinator.GetPageAsync($"/plans/table/{s.Plan.Id}");
        page = await PressAsync(coordinator, page, "add");

        var response = await coordinator.SubmitAsync(page, "#task-table-form", new()
        {
            ["Rows[0].Name"] = "Đăng tin mới",
            ["Rows[1].Quantity"] = "vài clip",
            ["Rows[2].Name"] = "",
        }, button: "#save-table");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = WebSession.Parse(await response.Content.ReadAsStringAsync(), $"/plans/table/{s.Plan.Id}");
        Assert.Contains("Số lượng phải bắt đầu bằng một số nguyên", result.QuerySelector("#row-1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Hãy ghi nội dung nhiệm vụ.", result.QuerySelector("#row-2")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Hãy chọn ít nhất một cơ quan chủ trì.", result.QuerySelector("#row-2")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Đăng tin mới", result.QuerySelector("#name-0")!.TextContent);
        Assert.Equal(versions, await VersionsAsync(app, s.Plan.Id));
        await using var db = app.SystemDb();
        Assert.Equal(2, await db.Tasks.CountAsync(t => t.PlanId == s.Plan.Id));
        Assert.Equal(s.ArticlesTask.Name, await db.Tasks.Where(t => t.Id == s.ArticlesTask.Id).Select(t => t.Name).SingleAsync());
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_plan_changed_meanwhile_is_said_the_input_is_kept_and_a_second_save_saves_it(Engine engine)
    {
        var app = fixture.App(engine);
        var s = await Scenario.CreateAsync(app, PlanStatus.Draft, withActivity: false);
        using var coordinator = app.Session();
        await coordinator.LoginAsync(s.Coordinator.UserName!);
        var page = await coordinator.GetPageAsync($"/plans/table/{s.Plan.Id}");
        await using (var other = app.SystemDb())
        {
            var plan = await other.Plans.SingleAsync(p => p.Id == s.Plan.Id);
            plan.Title += " (sửa)";
            await other.SaveChangesAsync();
        }

        var versions = await VersionsAsync(app, s.Plan.Id);
        var response = await coordinator.SubmitAsync(page, "#task-table-form", new() { ["Rows[0].Name"] = "Bản của tôi" }, button: "#save-table");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = WebSession.Parse(await response.Content.ReadAsStringAsync(), $"/plans/table/{s.Plan.Id}");
        Assert.Contains("vừa được người khác sửa và lưu", result.Text(), StringComparison.Ordinal);
        Assert.Equal("Bản của tôi", result.QuerySelector("#name-0")!.TextContent);
        Assert.Equal(versions, await VersionsAsync(app, s.Plan.Id));
        await using (var db = app.SystemDb())
        {
            Assert.Equal(s.ArticlesTask.Name, await db.Tasks.Where(t => t.Id == s.ArticlesTask.Id).Select(t => t.Name).SingleAsync());
        }

        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync(result, "#task-table-form", [], button: "#save-table")).StatusCode);
        await using var check = app.SystemDb();
        Assert.Equal("Bản của tôi", await check.Tasks.Where(t => t.Id == s.ArticlesTask.Id).Select(t => t.Name).SingleAsync());
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Only_who_drafts_the_plan_reaches_the_editor_and_another_commune_finds_nothing(Engine engine)
    {
        var app = fixture.App(engine);
        var s = await Scenario.CreateAsync(app, PlanStatus.Draft, withActivity: false);
        var other = await Scenario.CreateAsync(app, PlanStatus.Draft, withActivity: false);
        var url = $"/plans/table/{s.Plan.Id}";

        using var leader = app.Session();
        await leader.LoginAsync(s.Leader.UserName!);
        Assert.NotEqual(HttpStatusCode.OK, (await leader.Client.GetAsync(url)).StatusCode);
        using var stranger = app.Session();
        await stranger.LoginAsync(other.Coordinator.UserName!);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync(url)).StatusCode);
        var token = WebSession.AntiforgeryToken(await stranger.GetPageAsync($"/plans/table/{other.Plan.Id}"));
        var post = await stranger.Client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["op"] = "save",
            ["Rows[0].Name"] = "Chiếm bảng",
            ["Rows[0].OtherLeads"] = "Ai đó",
        }));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        await using var db = app.SystemDb();
        Assert.Equal(2, await db.Tasks.CountAsync(t => t.PlanId == s.Plan.Id && t.Name != "Chiếm bảng"));
    }
}
