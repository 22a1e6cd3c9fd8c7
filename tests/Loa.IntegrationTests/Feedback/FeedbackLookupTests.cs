using System.Net;
using Loa.Feedbacks;
using Loa.IntegrationTests.Infrastructure;
using Loa.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Loa.IntegrationTests.Feedback;

/// <summary>Looking feedback up by its code: status and answer only, never the sender; one commune's codes not on another's portal; rate-limited.</summary>
[Collection(AppCollection.Name)]
public sealed class FeedbackLookupTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_lookup_shows_status_and_answer_but_nothing_of_the_sender(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var code = await FeedbackData.SendAsync(app, a);
        var portal = FeedbackData.Portal(a);

        // received: the status, no answer yet
        var waiting = await LookUpAsync(app, portal, code);
        Assert.Contains("Đã tiếp nhận", waiting, StringComparison.Ordinal);
        Assert.Contains("15/07/2026", waiting, StringComparison.Ordinal);

        // approved: the answer, typed in any spelling of the code
        await using (var db = app.SystemDb())
        {
            var f = await db.Feedback.FindAsync((await FeedbackData.FindAsync(app, code)).Id);
            (f!.Status, f.AssignedUnitId, f.Answer, f.AnsweredAt, f.ApprovedAt) =
                (FeedbackStatus.Approved, a.ServiceCentre.Id, "Trung tâm đã bố trí thêm một quầy chứng thực.", DateTime.UtcNow, DateTime.UtcNow);
            await db.SaveChangesAsync();
        }

        var response = await LookUpResponseAsync(app, portal, code.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant());
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        Assert.Contains("Đã có kết quả trả lời", body, StringComparison.Ordinal);
        Assert.Contains("Trung tâm đã bố trí thêm một quầy chứng thực.", body, StringComparison.Ordinal);
        var secrets = new[]
        {
            FeedbackData.Name, FeedbackData.Phone, FeedbackData.Address, FeedbackData.Email, FeedbackData.Content(a), "Chờ chứng thực quá lâu", code,
        };
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, body, StringComparison.Ordinal);
        }

        // a wrong code says so; nothing else is shown
        var wrong = await LookUpAsync(app, portal, TrackingCode.New());
        Assert.Contains("Không tìm thấy", wrong, StringComparison.Ordinal);
        var malformed = await LookUpAsync(app, portal, "12345");
        Assert.Contains("16 ký tự", malformed, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Another_communes_feedback_is_not_found_or_shown_on_a_communes_portal(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var b = await Scenario.CreateAsync(app, otherProvinceThan: a);
        var (_, code) = await FeedbackData.AddAsync(app, b, FeedbackStatus.Published);

        Assert.Contains("Không tìm thấy", await LookUpAsync(app, FeedbackData.Portal(a), code), StringComparison.Ordinal);
        Assert.Contains($"Câu trả lời của xã mã {b.Commune.Code}", await LookUpAsync(app, FeedbackData.Portal(b), code), StringComparison.Ordinal);

        using var citizen = app.Session();
        var aAnswers = (await citizen.GetPageAsync(FeedbackData.Portal(a) + "/feedback/answers")).Text();
        var aHome = (await citizen.GetPageAsync(FeedbackData.Portal(a))).Text();
        var bAnswers = (await citizen.GetPageAsync(FeedbackData.Portal(b) + "/feedback/answers")).Text();
        var bHome = (await citizen.GetPageAsync(FeedbackData.Portal(b))).Text();
        Assert.DoesNotContain($"xã mã {b.Commune.Code}", aAnswers, StringComparison.Ordinal);
        Assert.DoesNotContain($"công khai {b.Commune.Code}", aHome, StringComparison.Ordinal);
        Assert.Contains($"Bản công khai của xã mã {b.Commune.Code}", bAnswers, StringComparison.Ordinal);
        Assert.Contains($"Câu trả lời của xã mã {b.Commune.Code}", bAnswers, StringComparison.Ordinal);
        Assert.Contains($"Đèn đường hỏng (công khai {b.Commune.Code})", bHome, StringComparison.Ordinal);

        // the published page holds the public version only: never the sender nor the original content
        foreach (var secret in new[] { FeedbackData.Name, FeedbackData.Phone, FeedbackData.Address, FeedbackData.Content(b) })
        {
            Assert.DoesNotContain(secret, bAnswers, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Lookups_and_sends_beyond_the_limit_answer_429_in_Vietnamese(Engine engine)
    {
        using var app = new LoaAppFactory(engine, configure: services => services.PostConfigure<LoaOptions>(o =>
        {
            o.PublicLookupsPerIpPerMinute = 4;
            o.PublicPostsPerIpPerMinute = 2;
        }));
        var a = await Scenario.CreateAsync(app);
        var portal = FeedbackData.Portal(a);

        // the form page and three look-ups fit in four requests a minute; the fifth is refused
        using var citizen = app.Session();
        var page = await citizen.GetPageAsync(portal + "/feedback/lookup");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await citizen.SubmitAsync(page, "form", new() { ["TrackingCode"] = TrackingCode.New() })).StatusCode);
        }

        var refused = await citizen.SubmitAsync(page, "form", new() { ["TrackingCode"] = TrackingCode.New() });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Vui lòng đợi một phút", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // two feedback posts a minute; the third is refused and not saved
        await FeedbackData.SendAsync(app, a);
        await FeedbackData.SendAsync(app, a);
        using var third = app.Session();
        var form = await third.GetPageAsync(portal + "/feedback?loai=phan-anh");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await third.SubmitAsync(form, "form.feedback-form", FeedbackData.Valid(a))).StatusCode);
        await using var db = app.SystemDb();
        Assert.Equal(2, db.Feedback.Count(f => f.CommuneId == a.Commune.Id));
    }

    private static async Task<HttpResponseMessage> LookUpResponseAsync(LoaAppFactory app, string portal, string code)
    {
        using var citizen = app.Session();
        var page = await citizen.GetPageAsync(portal + "/feedback/lookup");
        var form = page.QuerySelector("form");
        Assert.Equal("post", form?.GetAttribute("method"));
        Assert.DoesNotContain("code", form?.GetAttribute("action")?.Replace(portal, "", StringComparison.Ordinal) ?? "", StringComparison.OrdinalIgnoreCase);
        var response = await citizen.SubmitAsync(page, "form", new() { ["TrackingCode"] = code });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response;
    }

    private static async Task<string> LookUpAsync(LoaAppFactory app, string portal, string code) =>
        WebSession.Parse(await (await LookUpResponseAsync(app, portal, code)).Content.ReadAsStringAsync(), portal).Text();
}
