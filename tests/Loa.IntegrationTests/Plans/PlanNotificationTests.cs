using System.Globalization;
using System.Net;
using Loa.IntegrationTests.Infrastructure;
using Loa.IntegrationTests.Notifications;
using Loa.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Loa.IntegrationTests.Plans;

/// <summary>
/// Nobody waits without being told: each step of a commune's plan reaches the people who act next, in the app and by
/// e-mail with an absolute link; a returned plan reads "Bị trả lại" with the leader's comment in the plan list.
/// </summary>
public sealed class PlanNotificationTests
{
    private const string Site = "https://cchc.example.gov.vn";

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Each_step_of_the_plan_tells_the_people_who_act_next(Engine engine)
    {
        using var app = new LoaAppFactory(engine, settings: new Dictionary<string, string?> { ["Loa:PublicAddress"] = Site });
        var s = await Scenario.CreateAsync(app);
        var cultureOfficer = await s.AddUnitOfficerAsync(app, s.Culture);
        using var coordinator = app.Session();
        await coordinator.LoginAsync(s.Coordinator.UserName!);
        var created = await coordinator.SubmitAsync(
            await coordinator.GetPageAsync("/plans/create"), "form", new() { ["Input.Year"] = "2027", ["Input.SourcePlanId"] = "" });
        var planUrl = created.Headers.Location!.OriginalString;
        var planId = int.Parse(planUrl.Split('/').Last(), CultureInfo.InvariantCulture);
        await coordinator.SubmitAsync(await coordinator.GetPageAsync($"/tasks/create?planId={planId}"), "form", new()
        {
            ["Task.Name"] = "Tổ chức hội nghị đối thoại với doanh nghiệp",
            ["Task.LeadUnitIds"] = new[] { s.Culture.Id.ToString(CultureInfo.InvariantCulture) },
            ["Task.PartnerUnitIds"] = new[] { s.ServiceCentre.Id.ToString(CultureInfo.InvariantCulture) },
            ["Task.Quantity"] = "01 cuộc",
            ["Task.Timeframe"] = "Quý III/2027",
        });

        // Submitted: the leader is told.
        var submitted = await coordinator.SubmitAsync(await coordinator.GetPageAsync(planUrl), "form[action*='handler=Submit']", []);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var toLeader = Assert.Single(await InboxAsync(app, s.Leader.Id, planId));
        Assert.Equal("Chờ duyệt: kế hoạch thông tin, tuyên truyền CCHC", toLeader.Title);

        // Returned: the coordinator reads why, and the plan list says "Bị trả lại" with the comment.
        using var leader = app.Session();
        await leader.LoginAsync(s.Leader.UserName!);
        const string why = "Bổ sung nhiệm vụ tuyên truyền trên mạng xã hội.";
        var sentBack = await leader.SubmitAsync(await leader.GetPageAsync(planUrl), "form[action*='handler=Return']", new() { ["ReturnComment"] = why });
        Assert.Equal(HttpStatusCode.Redirect, sentBack.StatusCode);
        var returned = Assert.Single(await InboxAsync(app, s.Coordinator.Id, planId));
        Assert.Equal("Lãnh đạo trả lại kế hoạch", returned.Title);
        Assert.Contains(why, returned.Body, StringComparison.Ordinal);
        var row = (await coordinator.GetPageAsync("/plans"))
            .QuerySelectorAll("tbody tr")
            .Single(r => r.QuerySelector($"a[href='/plans/details/{planId}']") is not null);
        Assert.Contains("Bị trả lại", row.TextContent, StringComparison.Ordinal);
        Assert.Contains(why, row.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Dự thảo", row.TextContent, StringComparison.Ordinal);

        // Submitted again and approved: the coordinator is told to issue it.
        await coordinator.SubmitAsync(await coordinator.GetPageAsync(planUrl), "form[action*='handler=Submit']", []);
        Assert.Equal(2, (await InboxAsync(app, s.Leader.Id, planId)).Count);
        Assert.Equal(HttpStatusCode.Redirect, (await leader.SubmitAsync(await leader.GetPageAsync(planUrl), "form[action*='handler=Approve']", [])).StatusCode);
        Assert.Contains(await InboxAsync(app, s.Coordinator.Id, planId), n => n.Title == "Lãnh đạo đã duyệt kế hoạch");

        // Issued: each unit hears of the tasks it leads or joins, and the province's officer of the plan.
        var issued = await leader.SubmitAsync(
            await leader.GetPageAsync($"/plans/issue/{planId}"), "form", new() { ["Input.Number"] = "5", ["Input.Date"] = "2027-01-20" });
        Assert.Equal(HttpStatusCode.Redirect, issued.StatusCode);
        var toLead = Assert.Single(await InboxAsync(app, cultureOfficer.Id, null));
        Assert.Contains("chủ trì nhiệm vụ 1", toLead.Body, StringComparison.Ordinal);
        Assert.Contains("số 05/KH-UBND", toLead.Body, StringComparison.Ordinal);
        var toPartner = (await InboxAsync(app, s.Officer.Id, null)).Single(n => n.Title.Contains("2027", StringComparison.Ordinal));
        Assert.Contains("phối hợp nhiệm vụ 1", toPartner.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("chủ trì", toPartner.Body, StringComparison.Ordinal);
        Assert.Contains(
            await InboxAsync(app, s.ProvinceOfficer.Id, planId), n => n.Title.Contains("ban hành kế hoạch năm 2027", StringComparison.Ordinal));

        // By e-mail, every link is absolute, on the address set in Loa:PublicAddress.
        var folder = Path.Combine(app.DataPath, "mail-plans");
        await using (var db = app.SystemDb())
        {
            await db.Users.Where(u => u.Id == cultureOfficer.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.Email, "vanhoa@example.gov.vn"));
            var configured = app.Services.GetRequiredService<IOptions<EmailOptions>>().Value;
            var options = new EmailOptions { Mode = "Folder", Folder = folder, SiteAddress = configured.SiteAddress };
            await EmailDispatch.SendPendingAsync(db, options, app.DataPath, app.Clock.GetUtcNow().UtcDateTime);
        }

        var mail = Assert.Single(Directory.GetFiles(folder, "*.eml").Select(File.ReadAllText));
        Assert.Contains($"{Site}/tasks/mine", EmailDispatchTests.Decode(mail), StringComparison.Ordinal);
    }

    private static async Task<List<Notification>> InboxAsync(LoaAppFactory app, string userId, int? planId)
    {
        await using var db = app.SystemDb();
        var link = planId is null ? null : $"/plans/details/{planId}";
        return await db.Notifications.Where(n => n.UserId == userId && (link == null || n.Link == link)).OrderBy(n => n.Id).ToListAsync();
    }
}
