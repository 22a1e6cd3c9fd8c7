using System.Globalization;
using System.Net;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Activities;

/// <summary>
/// Inside a commune, an activity is changed or deleted only by an officer of the unit that did it or by the
/// coordinator; every other role reads it and its evidence, and no more (docs/decisions/0020).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ActivityPermissionTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_unit_officer_cannot_open_change_or_delete_the_activity_of_a_unit_it_does_not_belong_to(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app);
        var cultureOfficer = await scenario.AddUnitOfficerAsync(app, scenario.Culture);
        // The culture office's article, on a task the service centre has no part in.
        var (theirs, file) = await scenario.AddActivityAsync(
            app, scenario.Culture, scenario.ArticlesTask, cultureOfficer, "Bài viết của Phòng Văn hóa – Xã hội");
        using var officer = app.Session();
        await officer.LoginAsync(scenario.Officer.UserName!);
        var token = WebSession.AntiforgeryToken(await officer.GetPageAsync("/tasks/mine"));

        var editPage = await officer.Client.GetAsync($"/activities/edit/{theirs.Id}");
        var edit = await officer.Client.PostAsync($"/activities/edit/{theirs.Id}", Form(token, scenario.ServiceCentre.Id, theirs.Version));
        var delete = await officer.Client.PostAsync($"/activities/edit/{theirs.Id}?handler=Delete", Form(token, scenario.ServiceCentre.Id, theirs.Version));

        Assert.Equal(HttpStatusCode.Forbidden, editPage.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Contains("chỉ sửa, xóa được hoạt động của đơn vị mình", await delete.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = app.SystemDb();
        var kept = await db.Activities.Include(a => a.Files).SingleAsync(a => a.Id == theirs.Id);
        Assert.Equal("Bài viết của Phòng Văn hóa – Xã hội", kept.Title);
        Assert.Equal(scenario.Culture.Id, kept.UnitId);
        Assert.Equal(file.Id, Assert.Single(kept.Files).Id);
        Assert.True(File.Exists(Path.Combine(app.DataPath, "uploads", scenario.Commune.Id.ToString(CultureInfo.InvariantCulture), file.StoredName)));
        var id = theirs.Id.ToString(CultureInfo.InvariantCulture);
        Assert.Equal(3, await db.AuditEntries.CountAsync(e =>
            e.Action == "denied" && e.UserId == scenario.Officer.Id && e.EntityType == "Activity" && e.EntityId == id));

        // Reading it, and its evidence, stays open to the commune's staff: every figure is traced to its activities.
        Assert.Equal(HttpStatusCode.OK, (await officer.Client.GetAsync($"/activities/details/{theirs.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.Client.GetAsync($"/evidence/download/{file.Id}")).StatusCode);
        var details = await officer.GetPageAsync($"/activities/details/{theirs.Id}");
        Assert.Empty(details.QuerySelectorAll($"a[href='/activities/edit/{theirs.Id}']"));

        // Nor through their own activity's form, by naming the other activity's file among the files to remove.
        var own = await officer.GetPageAsync($"/activities/edit/{scenario.Activity!.Id}");
        var saved = await officer.SubmitAsync(
            own, "form:not([action*='handler'])", new() { ["Activity.RemoveFileIds"] = new[] { file.Id.ToString(CultureInfo.InvariantCulture) } });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var after = app.SystemDb();
        Assert.True(await after.EvidenceFiles.AnyAsync(f => f.Id == file.Id && f.ActivityId == theirs.Id));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_partner_units_officer_cannot_delete_what_the_lead_unit_recorded_on_their_shared_task(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app);
        var cultureOfficer = await scenario.AddUnitOfficerAsync(app, scenario.Culture);
        using var partner = app.Session();
        await partner.LoginAsync(cultureOfficer.UserName!);
        var token = WebSession.AntiforgeryToken(await partner.GetPageAsync("/tasks/mine"));

        var delete = await partner.Client.PostAsync(
            $"/activities/edit/{scenario.Activity!.Id}?handler=Delete", Form(token, scenario.Culture.Id, scenario.Activity.Version));

        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        await using var db = app.SystemDb();
        Assert.True(await db.Activities.AnyAsync(a => a.Id == scenario.Activity.Id));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_units_own_officer_and_the_coordinator_may_correct_and_delete_and_the_leader_may_not(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app);
        var activity = scenario.Activity!;

        using var leader = app.Session();
        await leader.LoginAsync(scenario.Leader.UserName!);
        var leaderToken = WebSession.AntiforgeryToken(await leader.GetPageAsync("/plans"));
        var refused = await leader.Client.PostAsync(
            $"/activities/edit/{activity.Id}?handler=Delete", Form(leaderToken, scenario.ServiceCentre.Id, activity.Version));
        Assert.True(Reports.ReportData.IsRefused(refused), $"the leader's delete → {(int)refused.StatusCode}");

        using var officer = app.Session();
        await officer.LoginAsync(scenario.Officer.UserName!);
        var form = await officer.GetPageAsync($"/activities/edit/{activity.Id}");
        var saved = await officer.SubmitAsync(form, "form:not([action*='handler'])", new() { ["Activity.Title"] = "Video đã sửa tên" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var coordinator = app.Session();
        await coordinator.LoginAsync(scenario.Coordinator.UserName!);
        var page = await coordinator.GetPageAsync($"/activities/edit/{activity.Id}");
        var deleted = await coordinator.SubmitAsync(page, "form[action*='handler=Delete']", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);

        await using var db = app.SystemDb();
        Assert.False(await db.Activities.AnyAsync(a => a.Id == activity.Id));
        var id = activity.Id.ToString(CultureInfo.InvariantCulture);
        Assert.True(await db.AuditEntries.AnyAsync(e => e.UserId == scenario.Officer.Id && e.EntityType == "Activity" && e.EntityId == id && e.Succeeded));
        Assert.True(await db.AuditEntries.AnyAsync(e => e.UserId == scenario.Coordinator.Id && e.EntityType == "Activity" && e.EntityId == id && e.Succeeded));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_activity_the_portal_keeps_for_an_article_changes_with_the_article_not_by_hand(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        using var coordinator = app.Session();
        await coordinator.LoginAsync(scenario.Coordinator.UserName!);
        var title = $"Hướng dẫn nộp hồ sơ trực tuyến {scenario.Commune.Code}";
        var published = await coordinator.SubmitAsync(await coordinator.GetPageAsync("/articles/edit"), "form.article-form", new()
        {
            ["Input.Title"] = title,
            ["Input.Kind"] = "News",
            ["Input.Body"] = "<p>Năm bước nộp hồ sơ.</p>",
            ["Input.TaskId"] = scenario.ArticlesTask.Id.ToString(CultureInfo.InvariantCulture),
        }, button: "button[value=publish]");
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        int activityId;
        await using (var db = app.SystemDb())
        {
            activityId = (await db.Articles.SingleAsync(a => a.CommuneId == scenario.Commune.Id && a.Title == title)).ActivityId!.Value;
        }

        var details = await coordinator.GetPageAsync($"/activities/details/{activityId}");
        Assert.Contains("được ghi tự động từ bài viết", details.Text(), StringComparison.Ordinal);
        Assert.Empty(details.QuerySelectorAll($"a[href='/activities/edit/{activityId}']"));
        var token = WebSession.AntiforgeryToken(details);
        var delete = await coordinator.Client.PostAsync($"/activities/edit/{activityId}?handler=Delete", Form(token, scenario.Culture.Id, 0));

        Assert.Equal(HttpStatusCode.Forbidden, delete.StatusCode);
        Assert.Contains("hãy sửa hoặc gỡ bài viết", await delete.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using (var db = app.SystemDb())
        {
            Assert.True(await db.Activities.AnyAsync(a => a.Id == activityId));
        }
    }

    private static FormUrlEncodedContent Form(string token, int unitId, int version) => new(
    [
        new("__RequestVerificationToken", token),
        new("Activity.Title", "Bị ghi đè"),
        new("Activity.Date", "2026-05-05"),
        new("Activity.Quantity", "1"),
        new("Activity.UnitId", unitId.ToString(CultureInfo.InvariantCulture)),
        new("Activity.Version", version.ToString(CultureInfo.InvariantCulture)),
    ]);
}
