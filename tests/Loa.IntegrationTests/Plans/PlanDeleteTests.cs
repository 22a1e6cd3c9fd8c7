using System.Net;
using Loa.IntegrationTests.Infrastructure;
using Loa.Plans;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Plans;

/// <summary>A coordinator deletes a draft with its tasks; an issued plan is never deleted, and nobody else deletes a draft.</summary>
[Collection(AppCollection.Name)]
public sealed class PlanDeleteTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_coordinator_deletes_a_draft_and_never_an_issued_plan(Engine engine)
    {
        var app = fixture.App(engine);
        var draft = await Scenario.CreateAsync(app, PlanStatus.Draft, withActivity: false);
        var url = $"/plans/details/{draft.Plan.Id}";

        using var leader = app.Session();
        await leader.LoginAsync(draft.Leader.UserName!);
        var leaderPage = await leader.GetPageAsync(url);
        Assert.Null(leaderPage.QuerySelector("form#delete-draft"));
        var refused = await PostDeleteAsync(leader, leaderPage, url);
        AssertRefused(refused);

        using var coordinator = app.Session();
        await coordinator.LoginAsync(draft.Coordinator.UserName!);
        var page = await coordinator.GetPageAsync(url);
        var unconfirmed = await coordinator.SubmitAsync(page, "form#delete-draft", new() { ["confirm"] = null });
        Assert.Equal(HttpStatusCode.Redirect, unconfirmed.StatusCode);
        Assert.True(await ExistsAsync(app, draft.Plan.Id));

        var deleted = await coordinator.SubmitAsync(await coordinator.GetPageAsync(url), "form#delete-draft", new() { ["confirm"] = "true" });
        Assert.True(deleted.Headers.Location?.OriginalString == "/plans", $"{(int)deleted.StatusCode} {await WebSession.Text(deleted)}");
        Assert.False(await ExistsAsync(app, draft.Plan.Id));
        await using (var db = app.SystemDb())
        {
            Assert.False(await db.Tasks.AnyAsync(t => t.PlanId == draft.Plan.Id));
            var planId = draft.Plan.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Action == "delete" && e.EntityType == "Plan" && e.EntityId == planId));
        }

        var issued = await Scenario.CreateAsync(app, withActivity: true);
        using var other = app.Session();
        await other.LoginAsync(issued.Coordinator.UserName!);
        var issuedUrl = $"/plans/details/{issued.Plan.Id}";
        var issuedPage = await other.GetPageAsync(issuedUrl);
        Assert.Null(issuedPage.QuerySelector("form#delete-draft"));
        var notDeleted = await PostDeleteAsync(other, issuedPage, issuedUrl);
        AssertRefused(notDeleted);
        Assert.True(await ExistsAsync(app, issued.Plan.Id));
    }

    // Sent to the "no permission" page, like every other refused step of a plan.
    private static void AssertRefused(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("denied", response.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
    }

    // The form the page does not offer, posted with the page's own form token.
    private static Task<HttpResponseMessage> PostDeleteAsync(WebSession session, AngleSharp.Html.Dom.IHtmlDocument page, string url) =>
        session.Client.PostAsync($"{url}?handler=Delete", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebSession.AntiforgeryToken(page),
            ["confirm"] = "true",
        }));

    private static async Task<bool> ExistsAsync(LoaAppFactory app, int id)
    {
        await using var db = app.SystemDb();
        return await db.Plans.AnyAsync(p => p.Id == id);
    }
}
