using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Loa.Domain.Accounts;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Security;

/// <summary>
/// Each commune's data is visible only to its own staff and its province (reference/security.md 1–5):
/// every registered route, with every role of commune A, pointed at commune B's objects.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class TenantIsolationTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Every_route_with_every_role_of_A_against_Bs_objects_never_succeeds_and_B_is_unchanged(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var b = await Scenario.CreateAsync(app, otherProvinceThan: a);
        await TenantWalk.AddReportsAsync(app, b);
        var before = await TenantWalk.SnapshotAsync(app, b);
        var targets = TenantWalk.Targets(app, b);
        Assert.Contains(targets, t => t.Route.StartsWith("plans/details", StringComparison.Ordinal) && t.PostHandlers.Contains("Submit"));
        var objectRoutes = TenantWalk.IdRoutes(app);
        Assert.True(objectRoutes.Count >= 24, $"only {objectRoutes.Count} pages with an id route: {string.Join(", ", objectRoutes)}");
        Assert.All(objectRoutes, r => Assert.Contains(targets, t => t.NamesObject && t.Route == r && TenantWalk.PointsAtAnObject(t, b)));
        Assert.All(TenantWalk.QueryObjectRoutes, r => Assert.Contains(targets, t => t.NamesObject && t.Route == r));
        Assert.Contains(targets, t => t.Route == "reports/commune" && t.PostHandlers.Contains("Approve") && t.PostHandlers.Contains("Send"));
        Assert.Contains(targets, t => t.Route == "reports/unit" && t.PostHandlers.Contains("Return"));
        Assert.Contains(targets, t => t.Route == "notifications" && t.PostHandlers.Contains("ReadAll"));
        Assert.Contains(targets, t => t.Route == "province" && t.PostHandlers.Contains("Remind"));
        Assert.Contains(targets, t => t.Route == "province/settings" && t.PostHandlers.Contains(""));
        Assert.Contains(targets, t => t.Route == "province/portals" && t.PostHandlers.Contains("On") && t.PostHandlers.Contains("Off"));
        Assert.Contains(targets, t => t.Route == "indices/edit/{id:int?}" && t.PostHandlers.Contains("Delete"));
        Assert.Contains(targets, t => t.Route == "articles/edit/{id:int?}" && t.PostHandlers.Contains("Unpublish") && t.PostHandlers.Contains("Delete"));

        Assert.Contains(targets, t => t.Route == "surveys/details/{id:int}" && t.PostHandlers.Contains("Publish") && t.PostHandlers.Contains("Delete"));
        Assert.Contains(targets, t => t.Route == "surveys/edit/{id:int}" && t.PostHandlers.Contains("SaveQuestion"));

        var failures = new List<string>();
        foreach (var user in a.Users.Append(a.ProvinceOfficer))
        {
            using var session = app.Session();
            await session.LoginAsync(user.UserName!);
            var token = WebSession.AntiforgeryToken(await session.GetPageAsync("/plans"));
            foreach (var target in targets)
            {
                var get = await session.Client.GetAsync(target.Url);
                await CheckAsync(failures, user, "GET", target, get, b);
                foreach (var handler in target.PostHandlers)
                {
                    var url = handler.Length == 0 ? target.Url : $"{target.Url}&handler={handler}";
                    var post = await session.Client.PostAsync(url, HostileForm(token, b));
                    await CheckAsync(failures, user, $"POST({handler})", target, post, b);
                }
            }
        }

        Assert.Empty(failures);
        Assert.Equal(before, await TenantWalk.SnapshotAsync(app, b));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Every_other_verb_on_Bs_objects_is_refused_too_and_B_is_unchanged(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var b = await Scenario.CreateAsync(app, otherProvinceThan: a);
        await TenantWalk.AddReportsAsync(app, b);
        var before = await TenantWalk.SnapshotAsync(app, b);
        var targets = TenantWalk.Targets(app, b).Where(t => t.NamesObject).ToList();
        var failures = new List<string>();
        using var session = app.Session();
        await session.LoginAsync(a.Coordinator.UserName!);
        var token = WebSession.AntiforgeryToken(await session.GetPageAsync("/plans"));
        foreach (var target in targets)
        {
            foreach (var verb in new[] { HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch, HttpMethod.Head, HttpMethod.Options })
            {
                foreach (var handler in target.PostHandlers.DefaultIfEmpty(""))
                {
                    var url = handler.Length == 0 ? target.Url : $"{target.Url}&handler={handler}";
                    using var request = new HttpRequestMessage(verb, url) { Content = HostileForm(token, b) };
                    var response = await session.Client.SendAsync(request);
                    if (response.IsSuccessStatusCode || (int)response.StatusCode >= 500
                        || (response.StatusCode == HttpStatusCode.Redirect && !Reports.ReportData.IsRefused(response)))
                    {
                        failures.Add($"{verb} {target.Route} {handler} → {(int)response.StatusCode}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.Equal(before, await TenantWalk.SnapshotAsync(app, b));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Another_communes_plan_looks_exactly_like_a_missing_one_and_the_attempt_is_logged(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var b = await Scenario.CreateAsync(app, otherProvinceThan: a);
        using var session = app.Session();
        await session.LoginAsync(a.Coordinator.UserName!);

        var foreign = await session.Client.GetAsync($"/plans/details/{b.Plan.Id}");
        var missing = await session.Client.GetAsync("/plans/details/987654321");

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(WithoutTokens(await missing.Content.ReadAsStringAsync()), WithoutTokens(await foreign.Content.ReadAsStringAsync()));
        await using var db = app.SystemDb();
        var id = b.Plan.Id.ToString(CultureInfo.InvariantCulture);
        Assert.True(
            await db.AuditEntries.AnyAsync(e => e.Action == "denied" && e.EntityType == "Plan" && e.EntityId == id && e.UserId == a.Coordinator.Id && !e.Succeeded));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Lists_of_A_hold_nothing_of_B_while_they_show_As_own(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var b = await Scenario.CreateAsync(app, otherProvinceThan: a);
        await TenantWalk.AddReportsAsync(app, b);
        var reports = $"plan={a.Plan.Id}&period=q1";
        string[] searches = [.. TenantWalk.Markers(b).Select(m => "/search?q=" + Uri.EscapeDataString(m)), "/search?q=cai+cach+hanh+chinh", "/search?q=bao+cao"];
        var pages = new Dictionary<User, string[]>
        {
            [a.Coordinator] = [
                "/plans", "/tasks/mine", "/units", $"/plans/details/{a.Plan.Id}", "/plans/create",
                $"/plans/details/{a.Plan.Id}?unit={b.Culture.Id}", "/reports", $"/reports/commune?{reports}",
                $"/reports/activities?{reports}&all=true", "/dashboard", "/notifications", .. searches
            ],
            [a.Officer] = ["/plans", "/tasks/mine", $"/plans/details/{a.Plan.Id}", "/reports", $"/reports/unit?{reports}&unit={a.ServiceCentre.Id}", "/dashboard", "/notifications", .. searches],
            [a.Leader] = ["/plans", "/units", "/reports", $"/reports/commune?{reports}", "/dashboard", "/notifications", .. searches],
            [a.ProvinceOfficer] = [
                "/plans", $"/plans?q={Uri.EscapeDataString(b.Commune.Locality)}", $"/plans/details/{a.Plan.Id}",
                $"/dashboard?commune={a.Commune.Id}", $"/reports/commune?{reports}", "/notifications", .. searches
            ],
        };
        foreach (var (user, urls) in pages)
        {
            using var session = app.Session();
            await session.LoginAsync(user.UserName!);
            foreach (var url in urls)
            {
                var text = (await session.GetPageAsync(url)).Text();
                foreach (var marker in TenantWalk.Markers(b))
                {
                    Assert.False(text.Contains(marker, StringComparison.Ordinal), $"{user.UserName} saw \"{marker}\" of another commune on {url}");
                }
            }

            Assert.Contains(a.Plan.Title, (await session.GetPageAsync("/plans")).Text(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Forms_naming_Bs_units_are_refused_and_nothing_attaches_to_B(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app, Loa.Plans.PlanStatus.Draft);
        var b = await Scenario.CreateAsync(app, otherProvinceThan: a);
        var before = await TenantWalk.SnapshotAsync(app, b);
        var foreignUnit = b.Culture.Id.ToString(CultureInfo.InvariantCulture);
        using var session = app.Session();
        await session.LoginAsync(a.Coordinator.UserName!);

        var edit = await session.GetPageAsync($"/tasks/edit/{a.ArticlesTask.Id}");
        var task = await session.SubmitAsync(edit, "form:not([action*='handler'])", new() { ["Task.LeadUnitIds"] = new[] { foreignUnit } });
        Assert.Contains("không thuộc xã, phường của bạn", await task.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var items = await session.GetPageAsync($"/plans/items/{a.Plan.Id}");
        var duty = await session.SubmitAsync(items, "form", new() { ["Responsibilities[0].UnitId"] = foreignUnit, ["Responsibilities[0].Duties"] = "Nhiệm vụ" });
        Assert.Contains("không thuộc xã, phường của bạn", await duty.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(before, await TenantWalk.SnapshotAsync(app, b));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_province_officer_reads_its_communes_but_changes_nothing(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app, Loa.Plans.PlanStatus.Draft);
        var before = await TenantWalk.SnapshotAsync(app, a);
        using var session = app.Session();
        await session.LoginAsync(a.ProvinceOfficer.UserName!);

        var page = await session.GetPageAsync($"/plans/details/{a.Plan.Id}");
        Assert.Contains(a.Plan.Title, page.Text(), StringComparison.Ordinal);
        var token = WebSession.AntiforgeryToken(page);
        var submit = await session.Client.PostAsync($"/plans/details/{a.Plan.Id}?handler=Submit", new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Version", "0")]));
        Assert.True((int)submit.StatusCode is 302 or 403, $"submit answered {(int)submit.StatusCode}");
        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync($"/plans/edit/{a.Plan.Id}")).StatusCode);
        Assert.Equal(before, await TenantWalk.SnapshotAsync(app, a));
        await using var db = app.SystemDb();
        Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "denied" && e.UserId == a.ProvinceOfficer.Id));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_neighbour_communes_reports_and_dashboard_are_refused_to_its_neighbours_staff_and_to_other_provinces(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var b = await Scenario.CreateAsync(app, sameProvinceAs: a);
        var far = await Scenario.CreateAsync(app, otherProvinceThan: a);
        await TenantWalk.AddReportsAsync(app, b);
        var before = await TenantWalk.SnapshotAsync(app, b);
        var query = $"plan={b.Plan.Id}&period=q1";
        string[] bsPages =
        [
            $"/dashboard?commune={b.Commune.Id}",
            $"/dashboard?commune={b.Commune.Id}&plan={b.Plan.Id}",
            $"/reports/commune?{query}",
            $"/reports/unit?{query}&unit={b.ServiceCentre.Id}",
            $"/reports/activities?{query}&all=true",
            $"/reports/download?{query}",
            $"/reports/download?{query}&unit={b.ServiceCentre.Id}",
            $"/reports/unit?plan={a.Plan.Id}&period=q1&unit={b.ServiceCentre.Id}",
            $"/reports/download?plan={a.Plan.Id}&period=q1&unit={b.ServiceCentre.Id}",
        ];

        // Commune A's staff, of the same province, and the officer of another province: never B's.
        foreach (var user in a.Users.Append(far.ProvinceOfficer))
        {
            using var session = app.Session();
            await session.LoginAsync(user.UserName!);
            foreach (var url in bsPages)
            {
                var response = await session.Client.GetAsync(url);
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"{user.UserName} GET {url} → {(int)response.StatusCode}");
                Assert.DoesNotContain(TenantWalk.ReportMarker(b), body, StringComparison.Ordinal);
            }

            var token = WebSession.AntiforgeryToken(await session.GetPageAsync("/plans"));
            foreach (var handler in new[] { "Save", "Submit", "Return", "Approve", "Send" })
            {
                var post = await session.Client.PostAsync($"/reports/commune?{query}&handler={handler}", new FormUrlEncodedContent([
                    new("__RequestVerificationToken", token), new("Input.Results", "Bị ghi đè"), new("Input.ReturnComment", "Bị ghi đè"),
                    new("Approval.Number", "9"), new("Approval.Date", "2026-07-01")
                ]));
                Assert.True(post.StatusCode == HttpStatusCode.NotFound || Reports.ReportData.IsRefused(post), $"{user.UserName} POST {handler} → {(int)post.StatusCode}");
            }

            foreach (var handler in new[] { "Save", "Submit", "Return" })
            {
                var post = await session.Client.PostAsync($"/reports/unit?{query}&unit={b.ServiceCentre.Id}&handler={handler}", new FormUrlEncodedContent([
                    new("__RequestVerificationToken", token), new("Input.Results", "Bị ghi đè"), new("Input.ReturnComment", "Bị ghi đè")
                ]));
                Assert.True(post.StatusCode == HttpStatusCode.NotFound || Reports.ReportData.IsRefused(post), $"{user.UserName} POST unit {handler} → {(int)post.StatusCode}");
            }
        }

        Assert.Equal(before, await TenantWalk.SnapshotAsync(app, b));
        await using (var db = app.SystemDb())
        {
            var plan = b.Plan.Id.ToString(CultureInfo.InvariantCulture);
            var commune = b.Commune.Id.ToString(CultureInfo.InvariantCulture);
            var unit = b.ServiceCentre.Id.ToString(CultureInfo.InvariantCulture);
            Assert.True(await db.AuditEntries.AnyAsync(
                e => e.Action == "denied" && e.EntityType == "Plan" && e.EntityId == plan && e.UserId == a.Officer.Id && e.Detail!.Contains("/reports/unit")));
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "denied" && e.EntityType == "Unit" && e.EntityId == unit && e.UserId == a.Coordinator.Id));
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "denied" && e.EntityType == "Commune" && e.EntityId == commune && e.UserId == a.Leader.Id));
            Assert.True(
                await db.AuditEntries.AnyAsync(e => e.Action == "denied" && e.EntityType == "Commune" && e.EntityId == commune && e.UserId == far.ProvinceOfficer.Id));
        }

        // B's own province officer reads B's report and dashboard.
        using var province = app.Session();
        await province.LoginAsync(a.ProvinceOfficer.UserName!);
        Assert.Contains(TenantWalk.ReportMarker(b), (await province.GetPageAsync($"/reports/commune?{query}")).Text(), StringComparison.Ordinal);
        Assert.Contains(b.Commune.Name, (await province.GetPageAsync($"/dashboard?commune={b.Commune.Id}")).Text(), StringComparison.Ordinal);
    }

    private static async Task CheckAsync(List<string> failures, User user, string verb, TenantWalk.Target target, HttpResponseMessage response, Scenario other)
    {
        var body = await response.Content.ReadAsStringAsync();
        var code = (int)response.StatusCode;
        if (target.NamesObject && code is >= 200 and < 300)
        {
            failures.Add($"{user.UserName} {verb} {target.Url} → {code}");
        }

        foreach (var marker in TenantWalk.Markers(other).Where(m => body.Contains(m, StringComparison.Ordinal)))
        {
            failures.Add($"{user.UserName} {verb} {target.Url} showed \"{marker}\"");
        }
    }

    private static FormUrlEncodedContent HostileForm(string token, Scenario other)
    {
        var unit = other.Culture.Id.ToString(CultureInfo.InvariantCulture);
        var plan = other.Plan.Id.ToString(CultureInfo.InvariantCulture);
        return new FormUrlEncodedContent(
        [
            new("__RequestVerificationToken", token),
            new("Version", "1"),
            new("Input.SourcePlanId", plan),
            new("Input.Year", "2027"),
            new("Input.Title", "Bị ghi đè"),
            new("Input.Number", "99"),
            new("Input.Date", "2026-05-05"),
            new("Task.Name", "Bị ghi đè"),
            new("Task.LeadUnitIds", unit),
            new("Activity.Title", "Bị ghi đè"),
            new("Activity.Date", "2026-05-05"),
            new("Activity.UnitId", unit),
            new("Unit.Name", "Bị ghi đè"),
            new("ReturnComment", "Bị ghi đè"),
            new("Input.UnitId", unit),
            new("Input.Answer", "Bị ghi đè"),
            new("Input.ReturnComment", "Bị ghi đè"),
            new("Input.PublicSubject", "Bị ghi đè"),
            new("Input.PublicQuestion", "Bị ghi đè"),
            new("Input.RejectionKind", "Complaint"),
        ]);
    }

    private static string WithoutTokens(string html) => TokenValue().Replace(html, "");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"[^\"]*\"")]
    private static partial Regex TokenValue();
}
