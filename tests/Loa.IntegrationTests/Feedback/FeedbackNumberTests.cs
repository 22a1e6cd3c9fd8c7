using System.Globalization;
using System.Net;
using Loa.Feedbacks;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Feedback;

/// <summary>
/// Feedback is numbered within its commune (a commune's ninth feedback is "Số 9", whatever other communes received),
/// and staff can correct the field a citizen chose, which is audited.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class FeedbackNumberTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Each_commune_numbers_its_own_feedback_from_one(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var b = await Scenario.CreateAsync(app, sameProvinceAs: a);
        var first = await FeedbackData.SendAsync(app, a);
        await FeedbackData.SendAsync(app, b);
        await FeedbackData.SendAsync(app, b);
        var second = await FeedbackData.SendAsync(app, a);

        var inA = await FeedbackData.FindAsync(app, second);
        Assert.Equal(1, (await FeedbackData.FindAsync(app, first)).Number);
        Assert.Equal(2, inA.Number);
        await using (var db = app.SystemDb())
        {
            Assert.Equal([1, 2], await db.Feedback.Where(f => f.CommuneId == b.Commune.Id).OrderBy(f => f.Id).Select(f => f.Number).ToListAsync());
        }

        using var coordinator = app.Session();
        await coordinator.LoginAsync(a.Coordinator.UserName!);
        var page = await coordinator.GetPageAsync($"/feedback/details/{inA.Id}");
        Assert.Contains("Phản ánh số 2 ·", page.Text(), StringComparison.Ordinal);
        var list = await coordinator.GetPageAsync("/feedback?show=all");
        Assert.Equal(
            ["2", "1"],
            list.QuerySelectorAll("tr[data-feedback] td[data-label='Số']").Select(c => c.TextContent.Trim()).Order(StringComparer.Ordinal).Reverse());
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Staff_correct_the_field_a_citizen_chose_and_it_is_audited(Engine engine)
    {
        var app = fixture.App(engine);
        var s = await Scenario.CreateAsync(app);
        var code = await FeedbackData.SendAsync(app, s);
        var id = (await FeedbackData.FindAsync(app, code)).Id;
        var url = $"/feedback/details/{id}";

        using var officer = app.Session();
        await officer.LoginAsync(s.Officer.UserName!);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.Client.GetAsync(url)).StatusCode);

        using var coordinator = app.Session();
        await coordinator.LoginAsync(s.Coordinator.UserName!);
        var response = await coordinator.SubmitAsync(
            await coordinator.GetPageAsync(url), "form#category", new() { ["Input.Category"] = nameof(FeedbackCategory.Infrastructure) });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var stored = await FeedbackData.FindAsync(app, code);
        Assert.Equal(FeedbackCategory.Infrastructure, stored.Category);
        await using var db = app.SystemDb();
        var entry = await db.AuditEntries.SingleAsync(e => e.Action == "feedback-category" && e.EntityId == id.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(s.Coordinator.Id, entry.UserId);
        Assert.Contains(FeedbackCategory.AdministrativeProcedure.Label(), entry.Detail, StringComparison.Ordinal);
        Assert.Contains(FeedbackCategory.Infrastructure.Label(), entry.Detail, StringComparison.Ordinal);

        // A value outside the list changes nothing and is told in Vietnamese.
        var bad = await coordinator.SubmitAsync(await coordinator.GetPageAsync(url), "form#category", new() { ["Input.Category"] = "99" });
        Assert.Contains("Hãy chọn lĩnh vực trong danh sách", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(FeedbackCategory.Infrastructure, (await FeedbackData.FindAsync(app, code)).Category);
    }
}
