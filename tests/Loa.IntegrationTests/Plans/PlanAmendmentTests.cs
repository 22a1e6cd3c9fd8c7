using System.Net;
using Loa.Documents;
using Loa.IntegrationTests.Infrastructure;
using Loa.Plans;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Plans;

/// <summary>
/// Amending an issued plan: a draft with its own number and date, edited with the table editor, its changes listed and
/// written into its document; issuing it supersedes the old plan (still readable) and carries the activities over.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class PlanAmendmentTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task An_amendment_is_drafted_issued_with_its_own_number_and_carries_progress_over(Engine engine)
    {
        var app = fixture.App(engine);
        var s = await Scenario.CreateAsync(app);
        var (removedActivity, _) = await s.AddActivityAsync(app, s.Culture, s.ArticlesTask, s.Coordinator, "Tin bài tháng 3");
        using var coordinator = app.Session();
        await coordinator.LoginAsync(s.Coordinator.UserName!);

        var details = await coordinator.GetPageAsync($"/plans/details/{s.Plan.Id}");
        Assert.NotNull(details.QuerySelector($"a[href='/plans/amend/{s.Plan.Id}']"));
        var start = await coordinator.SubmitAsync(await coordinator.GetPageAsync($"/plans/amend/{s.Plan.Id}"), "form", []);
        Assert.Equal(HttpStatusCode.Redirect, start.StatusCode);
        var tableUrl = start.Headers.Location!.OriginalString;
        var amendmentId = int.Parse(tableUrl.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.Client.GetAsync($"/plans/amend/{s.Plan.Id}")).StatusCode);

        // Drop the articles task (row 0), change the clips' timeframe, add a talk.
        var table = await coordinator.GetPageAsync(tableUrl);
        var response = await coordinator.SubmitAsync(table, "#task-table-form", new() { ["Rows[1].Timeframe"] = "Quý II/2026" }, button: "button[value='remove:0']");
        table = WebSession.Parse(await response.Content.ReadAsStringAsync(), tableUrl);
        response = await coordinator.SubmitAsync(table, "#task-table-form", [], button: "button[value='add']");
        table = WebSession.Parse(await response.Content.ReadAsStringAsync(), tableUrl);
        var saved = await coordinator.SubmitAsync(table, "#task-table-form", new()
        {
            ["Rows[1].Name"] = "Tọa đàm với người dân",
            ["Rows[1].OtherLeads"] = "Ủy ban Mặt trận Tổ quốc",
        }, button: "#save-table");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var changes = (await coordinator.GetPageAsync($"/plans/changes/{amendmentId}")).Text();
        Assert.Contains("Bổ sung", changes, StringComparison.Ordinal);
        Assert.Contains("Tọa đàm với người dân", changes, StringComparison.Ordinal);
        Assert.Contains("Thời gian thực hiện: Trong năm 2026 → Quý II/2026", changes, StringComparison.Ordinal);
        Assert.Contains("Bỏ", changes, StringComparison.Ordinal);
        Assert.Contains(s.ArticlesTask.Name, changes, StringComparison.Ordinal);

        var submitted = await coordinator.SubmitAsync(await coordinator.GetPageAsync($"/plans/details/{amendmentId}"), "form[action*='handler=Submit']", []);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        using var leader = app.Session();
        await leader.LoginAsync(s.Leader.UserName!);
        var review = await leader.GetPageAsync($"/plans/details/{amendmentId}");
        Assert.Equal(HttpStatusCode.Redirect, (await leader.SubmitAsync(review, "form[action*='handler=Approve']", [])).StatusCode);
        var issue = await leader.GetPageAsync($"/plans/issue/{amendmentId}");
        var issued = await leader.SubmitAsync(issue, "form", new() { ["Input.Number"] = "21", ["Input.Date"] = "2026-06-15" });
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);

        await using var db = app.SystemDb();
        var old = await db.Plans.SingleAsync(p => p.Id == s.Plan.Id);
        var amendment = await db.Plans.Include(p => p.Tasks).SingleAsync(p => p.Id == amendmentId);
        Assert.Equal((PlanStatus.Superseded, "07/KH-UBND"), (old.Status, old.Number));
        Assert.Equal((PlanStatus.Issued, "21/KH-UBND", new DateOnly(2026, 6, 15)), (amendment.Status, amendment.Number, amendment.IssuedOn));
        var clips = amendment.Tasks.Single(t => t.AmendsTaskId == s.ClipsTask.Id);
        var moved = await db.Activities.SingleAsync(a => a.Id == s.Activity!.Id);
        Assert.Equal((amendmentId, clips.Id), (moved.PlanId, moved.TaskId));
        var kept = await db.Activities.SingleAsync(a => a.Id == removedActivity.Id);
        Assert.Equal((s.Plan.Id, s.ArticlesTask.Id), (kept.PlanId, kept.TaskId));

        var oldText = await coordinator.Client.GetAsync($"/plans/export/{s.Plan.Id}?format=docx");
        Assert.Equal(HttpStatusCode.OK, oldText.StatusCode);
        Assert.Contains(DocxText.Paragraphs(await oldText.Content.ReadAsByteArrayAsync()), p => p.Contains("07/KH-UBND", StringComparison.Ordinal));
        var newText = DocxText.Paragraphs(await coordinator.Client.GetByteArrayAsync($"/plans/export/{amendmentId}?format=docx"));
        Assert.Contains("NỘI DUNG ĐIỀU CHỈNH, BỔ SUNG", newText);
        Assert.Contains(newText, p => p.StartsWith("- Bỏ nhiệm vụ 1:", StringComparison.Ordinal));
        Assert.Contains(newText, p => p.Contains("Điều chỉnh, bổ sung Kế hoạch số 07/KH-UBND ngày 01/02/2026", StringComparison.Ordinal));
        Assert.Contains("Đã được điều chỉnh, bổ sung bởi", (await coordinator.GetPageAsync($"/plans/details/{s.Plan.Id}")).Text(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_draft_plan_cannot_be_amended_and_another_commune_cannot_amend(Engine engine)
    {
        var app = fixture.App(engine);
        var s = await Scenario.CreateAsync(app);
        var draft = await Scenario.CreateAsync(app, PlanStatus.Draft, withActivity: false);
        using var coordinator = app.Session();
        await coordinator.LoginAsync(draft.Coordinator.UserName!);
        var page = await coordinator.GetPageAsync($"/plans/amend/{draft.Plan.Id}");
        Assert.Contains("Chỉ điều chỉnh, bổ sung được kế hoạch đã ban hành.", page.Text(), StringComparison.Ordinal);
        var token = WebSession.AntiforgeryToken(page);
        var post = await coordinator.Client.PostAsync($"/plans/amend/{draft.Plan.Id}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.OK, post.StatusCode);
        var foreign = await coordinator.Client.PostAsync($"/plans/amend/{s.Plan.Id}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        await using var db = app.SystemDb();
        Assert.False(await db.Plans.AnyAsync(p => p.AmendsPlanId == draft.Plan.Id || p.AmendsPlanId == s.Plan.Id));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_province_dashboard_counts_the_amendment_as_the_communes_plan_issued_when_the_first_one_was(Engine engine)
    {
        var app = fixture.App(engine);
        var s = await Scenario.CreateAsync(app);
        var today = new DateOnly(2026, 10, 1);
        await using var db = app.SystemDb();
        var province = await db.Provinces.SingleAsync(p => p.Id == s.Commune.ProvinceId);
        var before = (await Loa.Dashboards.ProvinceDashboard.BuildAsync(db, province, 2026, today)).Communes.Single(c => c.CommuneId == s.Commune.Id);

        var old = await db.Plans.WithEverything().SingleAsync(p => p.Id == s.Plan.Id);
        var amendment = Loa.Plans.Amendments.PlanAmendment.Start(old, DateTime.UtcNow);
        (amendment.Status, amendment.Number, amendment.IssuedOn) = (PlanStatus.Issued, "30/KH-UBND", new DateOnly(2026, 9, 1));
        db.Plans.Add(amendment);
        old.Status = PlanStatus.Superseded;
        await db.SaveChangesAsync();
        var after = (await Loa.Dashboards.ProvinceDashboard.BuildAsync(db, province, 2026, today)).Communes.Single(c => c.CommuneId == s.Commune.Id);

        Assert.Equal((s.Plan.Id, PlanStatus.Issued), (before.PlanId, before.PlanStatus));
        Assert.Equal((amendment.Id, PlanStatus.Issued, before.Plan), (after.PlanId, after.PlanStatus, after.Plan));
        Assert.Equal(before.Tasks, after.Tasks);
    }
}
