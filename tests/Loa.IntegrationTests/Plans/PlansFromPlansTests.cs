using System.Globalization;
using System.Net;
using Loa.Domain.Accounts;
using Loa.IntegrationTests.Infrastructure;
using Loa.Plans;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Plans;

/// <summary>Plans made from plans (the province's, last year's, a unit's under the commune's) and the history of every saved change.</summary>
[Collection(AppCollection.Name)]
public sealed class PlansFromPlansTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Province_issues_its_plan_and_a_commune_builds_its_own_from_it(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        using var province = app.Session();
        await province.LoginAsync(scenario.ProvinceOfficer.UserName!);
        var create = await province.GetPageAsync("/plans/create");
        var created = await province.SubmitAsync(create, "form", new() { ["Input.Year"] = "2026", ["Input.SourcePlanId"] = "" });
        var provincePlanId = Id(created);
        await using (var db = app.SystemDb())
        {
            var draft = await db.Plans.SingleAsync(p => p.Id == provincePlanId);
            Assert.Null(draft.CommuneId);
            Assert.StartsWith("Ủy ban nhân dân t", draft.IssuerName, StringComparison.Ordinal);
        }

        using (var coordinator = app.Session())
        {
            await coordinator.LoginAsync(scenario.Coordinator.UserName!);
            Assert.Equal(HttpStatusCode.NotFound, (await coordinator.Client.GetAsync($"/plans/details/{provincePlanId}")).StatusCode);
        }

        var task = await province.GetPageAsync($"/tasks/create?planId={provincePlanId}");
        var added = await province.SubmitAsync(
            task, "form", new() { ["Task.Name"] = "Tổ chức cuộc thi tìm hiểu CCHC cấp tỉnh", ["Task.OtherLeads"] = "Sở Nội vụ" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var details = await province.GetPageAsync($"/plans/details/{provincePlanId}");
        Assert.Equal(HttpStatusCode.Redirect, (await province.SubmitAsync(details, "form[action*='handler=Submit']", [])).StatusCode);
        details = await province.GetPageAsync($"/plans/details/{provincePlanId}");
        Assert.Equal(HttpStatusCode.Redirect, (await province.SubmitAsync(details, "form[action*='handler=Approve']", [])).StatusCode);
        var issue = await province.GetPageAsync($"/plans/issue/{provincePlanId}");
        var issued = await province.SubmitAsync(issue, "form", new() { ["Input.Number"] = "51", ["Input.Date"] = "2026-01-30" });
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);

        using var commune = app.Session();
        await commune.LoginAsync(scenario.Coordinator.UserName!);
        var from = await commune.GetPageAsync($"/plans/fromprovince/{provincePlanId}");
        var contents = from.QuerySelectorAll("input[name=Contents]").Select(i => i.GetAttribute("value")!).ToList();
        Assert.True(contents.Count >= 3);
        var warned = await commune.SubmitAsync(from, "form", new() { ["Contents"] = contents.Take(2).ToArray(), ["Channels"] = Array.Empty<string>() });
        Assert.Equal(HttpStatusCode.OK, warned.StatusCode);
        Assert.Contains("đã có một kế hoạch năm 2026", WebUtility.HtmlDecode(await warned.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var made = await commune.SubmitAsync(
            from, "form", new() { ["Contents"] = contents.Take(2).ToArray(), ["Channels"] = Array.Empty<string>(), ["Confirmed"] = "true" });
        var planId = Id(made);

        await using var check = app.SystemDb();
        var plan = await check.Plans
            .Include(p => p.Basis)
            .Include(p => p.Contents)
            .Include(p => p.Channels)
            .Include(p => p.Sections)
            .AsSplitQuery()
            .SingleAsync(p => p.Id == planId);
        Assert.Equal(scenario.Commune.Id, plan.CommuneId);
        var basis = Assert.Single(plan.Basis);
        Assert.Equal(("Kế hoạch", "51/KH-UBND", new DateOnly(2026, 1, 30)), (basis.Kind, basis.Number, basis.Date!.Value));
        Assert.Equal(["a", "b"], plan.Contents.OrderBy(c => c.Order).Select(c => c.Label));
        Assert.Empty(plan.Channels);
        Assert.Contains(
            plan.Sections,
            s => s.Role == "preamble" && s.Paragraphs[0].StartsWith(
                "Thực hiện Kế hoạch số 51/KH-UBND ngày 30/01/2026 của Ủy ban nhân dân", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Last_years_plan_copied_to_the_new_year_moves_its_years_forward(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        using var coordinator = app.Session();
        await coordinator.LoginAsync(scenario.Coordinator.UserName!);
        var create = await coordinator.GetPageAsync("/plans/create");
        var source = scenario.Plan.Id.ToString(CultureInfo.InvariantCulture);
        var planId = Id(await coordinator.SubmitAsync(create, "form", new() { ["Input.Year"] = "2027", ["Input.SourcePlanId"] = source }));

        await using var db = app.SystemDb();
        var copy = await db.Plans.Include(p => p.Tasks).SingleAsync(p => p.Id == planId);
        Assert.Equal($"Thông tin, tuyên truyền cải cách hành chính {scenario.Commune.Name} năm 2027", copy.Title);
        Assert.All(copy.Tasks, t => Assert.Equal("Trong năm 2027", t.Timeframe));
        Assert.Equal(2027, copy.Year);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_unit_officer_drafts_the_units_own_plan_with_its_tasks_only(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        using var officer = app.Session();
        await officer.LoginAsync(scenario.Officer.UserName!);
        var form = await officer.GetPageAsync($"/plans/forunit?parent={scenario.Plan.Id}");
        Assert.Equal(
            [scenario.ServiceCentre.Id.ToString(CultureInfo.InvariantCulture)],
            form.QuerySelectorAll("select[name=UnitId] option").Select(o => o.GetAttribute("value")));
        var planId = Id(await officer.SubmitAsync(form, "form", []));

        await using (var db = app.SystemDb())
        {
            var plan = await db.Plans.Include(p => p.Tasks).Include(p => p.Basis).AsSplitQuery().SingleAsync(p => p.Id == planId);
            Assert.Equal((scenario.Plan.Id, scenario.ServiceCentre.Id), (plan.ParentPlanId!.Value, plan.UnitId!.Value));
            Assert.Equal([scenario.ClipsTask.Name], plan.Tasks.Select(t => t.Name));
            Assert.Equal("07/KH-UBND", plan.Basis.Single().Number);
        }

        var edit = await officer.GetPageAsync($"/plans/edit/{planId}");
        var renamed = await officer.SubmitAsync(edit, "form", new() { ["Input.Title"] = "Kế hoạch riêng của Trung tâm" });
        Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await officer.Client.GetAsync($"/plans/edit/{scenario.Plan.Id}")).StatusCode);
        Assert.DoesNotContain("Kế hoạch riêng của Trung tâm", (await officer.GetPageAsync("/tasks/mine")).Text(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Every_saved_change_makes_a_version_and_two_versions_can_be_compared(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, PlanStatus.Draft);
        using var coordinator = app.Session();
        await coordinator.LoginAsync(scenario.Coordinator.UserName!);
        var edit = await coordinator.GetPageAsync($"/plans/edit/{scenario.Plan.Id}");
        await coordinator.SubmitAsync(edit, "form", new() { ["Input.Title"] = "Kế hoạch tuyên truyền sửa lần một" });
        edit = await coordinator.GetPageAsync($"/plans/edit/{scenario.Plan.Id}");
        await coordinator.SubmitAsync(edit, "form", new() { ["Input.Title"] = "Kế hoạch tuyên truyền sửa lần hai" });
        var task = await coordinator.GetPageAsync($"/tasks/edit/{scenario.ClipsTask.Id}");
        await coordinator.SubmitAsync(task, "form:not([action*='handler'])", new() { ["Task.Quantity"] = "03 clip" });

        var versions = await coordinator.GetPageAsync($"/plans/versions/{scenario.Plan.Id}");
        Assert.Contains("Sửa thông tin chung", versions.Text(), StringComparison.Ordinal);
        Assert.Contains("Sửa nhiệm vụ 2", versions.Text(), StringComparison.Ordinal);

        var compare = await coordinator.GetPageAsync($"/plans/compare/{scenario.Plan.Id}?from=1&to=2");
        var changes = compare.QuerySelector("#changes")!;
        Assert.Contains("Trích yếu", changes.TextContent, StringComparison.Ordinal);
        Assert.Equal(["một"], changes.QuerySelectorAll("del").Select(d => d.TextContent));
        Assert.Equal(["hai"], changes.QuerySelectorAll("ins").Select(i => i.TextContent));
        var latest = await coordinator.GetPageAsync($"/plans/compare/{scenario.Plan.Id}");
        Assert.Contains(latest.QuerySelectorAll("#changes del"), d => d.TextContent == "02");
        Assert.Contains(latest.QuerySelectorAll("#changes ins"), i => i.TextContent == "03");
    }

    private static int Id(HttpResponseMessage created)
    {
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return int.Parse(created.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
    }
}
