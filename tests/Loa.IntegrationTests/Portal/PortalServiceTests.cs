using System.Globalization;
using System.Net;
using Loa.Feedbacks;
using Loa.IntegrationTests.Feedback;
using Loa.IntegrationTests.Infrastructure;
using Loa.IntegrationTests.Surveys;
using Loa.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Portal;

/// <summary>
/// A portal speaks only for a commune that uses Loa (decision record 22): a commune not in service takes no feedback,
/// survey answer or contest entry and says so plainly; only its province's officer or an administrator turns it on, and
/// only when somebody there (an active coordinator) will read what its people send.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class PortalServiceTests(AppFixture fixture)
{
    private const string Notice = "chưa sử dụng Loa";

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_commune_not_in_service_takes_no_feedback_survey_or_contest_entry_and_says_where_to_go(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var portal = FeedbackData.Portal(a);
        var survey = await SurveyData.AddAsync(app, a, SurveyStatus.Open, $"Khảo sát sự hài lòng {a.Commune.Code}");
        var contest = await SurveyData.AddAsync(app, a, SurveyStatus.Open, $"Cuộc thi tìm hiểu CCHC {a.Commune.Code}", contest: true);
        var (_, code) = await FeedbackData.AddAsync(app, a, FeedbackStatus.Published);

        // The forms were opened while the commune was in service; then the province took it out of service.
        using var citizen = app.Session();
        var feedbackForm = await citizen.GetPageAsync(portal + "/feedback?loai=phan-anh");
        var surveyForm = await citizen.GetPageAsync($"{portal}/surveys/{survey.Id}");
        var contestForm = await citizen.GetPageAsync($"{portal}/surveys/{contest.Id}");
        Assert.NotNull(feedbackForm.QuerySelector("form.feedback-form"));
        await SetInServiceAsync(app, a, false);

        var sentFeedback = await citizen.SubmitAsync(feedbackForm, "form.feedback-form", FeedbackData.Valid(a));
        var sentSurvey = await citizen.SubmitAsync(surveyForm, "form.take-form", new() { ["phone"] = "0912 345 678" });
        var startedContest = await citizen.SubmitAsync(
            contestForm, "form.take-start", new() { ["name"] = "Nguyễn Thị Lan", ["phone"] = "0912 345 678", ["consent"] = "true" });
        foreach (var (what, response) in new[] { ("feedback", sentFeedback), ("survey", sentSurvey), ("contest", startedContest) })
        {
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{what}: {(int)response.StatusCode} {await WebSession.Text(response)}");
            Assert.Contains(Notice, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await using (var db = app.SystemDb())
        {
            Assert.Equal(1, await db.Feedback.IgnoreQueryFilters().CountAsync(f => f.CommuneId == a.Commune.Id)); // only the one published before
            Assert.Equal(0, await db.SurveyResponses.IgnoreQueryFilters().CountAsync(r => r.CommuneId == a.Commune.Id));
        }

        // Every intake page shows the notice: the province's contacts and the national public-service portal, no form.
        string province;
        await using (var db = app.SystemDb())
        {
            province = (await db.Provinces.SingleAsync(p => p.Id == a.Commune.ProvinceId)).GovernmentName;
        }

        var citizenPages = new[]
        {
            portal + "/feedback", portal + "/feedback?loai=phan-anh", $"{portal}/surveys", $"{portal}/surveys/{survey.Id}", $"{portal}/surveys/{contest.Id}",
        };
        foreach (var url in citizenPages)
        {
            var page = await citizen.GetPageAsync(url);
            var text = page.Text();
            Assert.Contains($"{a.Commune.Name} {Notice}", text, StringComparison.Ordinal);
            Assert.Contains(province, text, StringComparison.Ordinal);
            Assert.NotNull(page.QuerySelector("a[href='https://dichvucong.gov.vn']"));
            Assert.Null(page.QuerySelector("form.feedback-form, form.take-form, form.take-start"));
        }

        // The home says the same instead of inviting feedback; what was published stays, and a known code is still looked up.
        var home = await citizen.GetPageAsync(portal);
        Assert.Contains(Notice, home.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("gửi phản ánh, kiến nghị và tham gia khảo sát ngay tại đây", home.Text(), StringComparison.Ordinal);
        Assert.Null(home.QuerySelector($"a.tile[href='{portal}/feedback']"));
        Assert.Contains(a.Plan.Title, home.Text(), StringComparison.Ordinal);
        var lookup = await citizen.GetPageAsync(portal + "/feedback/lookup");
        var found = await citizen.SubmitAsync(lookup, "form", new() { ["TrackingCode"] = code });
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Contains("Đã có kết quả trả lời", await found.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Back in service: the form is there again.
        await SetInServiceAsync(app, a, true);
        Assert.NotNull((await citizen.GetPageAsync(portal + "/feedback?loai=phan-anh")).QuerySelector("form.feedback-form"));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Turning_a_commune_on_needs_an_active_coordinator_and_is_recorded_with_who_and_when(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app, inService: false);
        await SetCoordinatorDisabledAsync(app, a, true);
        using var officer = app.Session();
        await officer.LoginAsync(a.ProvinceOfficer.UserName!);

        var list = await officer.GetPageAsync("/province/portals?q=" + a.Commune.Code);
        Assert.Contains("Chưa sử dụng", list.QuerySelector($"#xa-{a.Commune.Code}")!.TextContent, StringComparison.Ordinal);
        var refused = await officer.SubmitAsync(list, $"#xa-{a.Commune.Code} form", new());
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(
            "chưa có tài khoản cán bộ đầu mối nào đang hoạt động", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await InServiceAsync(app, a));

        await SetCoordinatorDisabledAsync(app, a, false);
        var turnedOn = await officer.SubmitAsync(await officer.GetPageAsync("/province/portals?q=" + a.Commune.Code), $"#xa-{a.Commune.Code} form", new());
        Assert.Equal(HttpStatusCode.Redirect, turnedOn.StatusCode);
        var afterTurnOn = await officer.GetPageAsync(turnedOn.Headers.Location!.OriginalString);
        Assert.Contains($"Đã bật {a.Commune.Name}", afterTurnOn.Text(), StringComparison.Ordinal);
        await using var db = app.SystemDb();
        var commune = await db.Communes.AsNoTracking().SingleAsync(c => c.Id == a.Commune.Id);
        Assert.True(commune.InService);
        Assert.Equal(a.ProvinceOfficer.UserName, commune.ServiceChangedBy);
        Assert.Equal(app.Clock.Now.UtcDateTime, commune.ServiceChangedAt);
        var id = a.Commune.Id.ToString(CultureInfo.InvariantCulture);
        var entry = await db.AuditEntries.SingleAsync(e => e.Action == "portal-service-on" && e.EntityType == "Commune" && e.EntityId == id);
        Assert.Equal(
            (a.ProvinceOfficer.Id, a.Commune.ProvinceId, a.Commune.Id, true),
            (entry.UserId!, entry.ProvinceId!.Value, entry.CommuneId!.Value, entry.Succeeded));

        // and its people can now write to it
        using var citizen = app.Session();
        Assert.NotNull((await citizen.GetPageAsync(FeedbackData.Portal(a) + "/feedback?loai=phan-anh")).QuerySelector("form.feedback-form"));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Only_the_communes_province_officer_or_an_administrator_switches_it_never_another_province_or_its_staff(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app, inService: false);
        var far = await Scenario.CreateAsync(app, otherProvinceThan: a);
        var communeId = a.Commune.Id.ToString(CultureInfo.InvariantCulture);

        // Another province's officer: the commune is not on their page, and switching it answers as for a missing commune.
        using (var other = app.Session())
        {
            await other.LoginAsync(far.ProvinceOfficer.UserName!);
            var page = await other.GetPageAsync("/province/portals?q=" + a.Commune.Code);
            Assert.Null(page.QuerySelector($"#xa-{a.Commune.Code}"));
            var token = WebSession.AntiforgeryToken(await other.GetPageAsync("/province/portals"));
            foreach (var handler in new[] { "On", "Off" })
            {
                var post = await other.Client.PostAsync($"/province/portals?handler={handler}", Form(token, communeId));
                Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
            }
        }

        // The commune's own staff: not their switch.
        foreach (var user in a.Users)
        {
            using var staff = app.Session();
            await staff.LoginAsync(user.UserName!);
            Assert.True(Reports.ReportData.IsRefused(await staff.Client.GetAsync("/province/portals")), user.UserName);
            var token = WebSession.AntiforgeryToken(await staff.GetPageAsync("/notifications"));
            var post = await staff.Client.PostAsync("/province/portals?handler=On", Form(token, communeId));
            Assert.True(Reports.ReportData.IsRefused(post), $"{user.UserName}: {(int)post.StatusCode}");
        }

        Assert.False(await InServiceAsync(app, a));
        await using (var db = app.SystemDb())
        {
            Assert.True(await db.AuditEntries.AnyAsync(e =>
                e.Action == "denied" && e.EntityType == "Commune" && e.EntityId == communeId && e.UserId == far.ProvinceOfficer.Id));
            Assert.False(await db.AuditEntries.AnyAsync(e => e.Action == "portal-service-on" && e.EntityId == communeId));
        }

        // Its own province officer turns it on; a system administrator, from the province's page, turns it off.
        using (var own = app.Session())
        {
            await own.LoginAsync(a.ProvinceOfficer.UserName!);
            var on = await own.SubmitAsync(await own.GetPageAsync("/province/portals?q=" + a.Commune.Code), $"#xa-{a.Commune.Code} form", new());
            Assert.Equal(HttpStatusCode.Redirect, on.StatusCode);
            Assert.True(await InServiceAsync(app, a));
        }

        var admin = await Scenario.CreateAdminAsync(app);
        using (var session = app.Session())
        {
            await session.LoginAsync(admin.UserName!);
            var provinces = await session.GetPageAsync("/province/portals");
            Assert.NotNull(provinces.QuerySelector($"a[href='/province/portals?province={a.Commune.ProvinceId}']"));
            var page = await session.GetPageAsync($"/province/portals?province={a.Commune.ProvinceId}&q={a.Commune.Code}");
            var off = await session.SubmitAsync(page, $"#xa-{a.Commune.Code} form", new());
            Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
            Assert.Contains($"province={a.Commune.ProvinceId}", off.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }

        Assert.False(await InServiceAsync(app, a));
        await using var check = app.SystemDb();
        Assert.Equal(admin.UserName, (await check.Communes.AsNoTracking().SingleAsync(c => c.Id == a.Commune.Id)).ServiceChangedBy);
        Assert.True(await check.AuditEntries.AnyAsync(e =>
            e.Action == "portal-service-off" && e.EntityId == communeId && e.UserId == admin.Id && e.ProvinceId == a.Commune.ProvinceId));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_national_search_marks_the_communes_that_do_not_use_Loa(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var b = await Scenario.CreateAsync(app, inService: false);
        using var anonymous = app.Session();
        foreach (var (scenario, inService) in new[] { (a, true), (b, false) })
        {
            var page = await anonymous.GetPageAsync($"/?province={scenario.Commune.ProvinceId}&q={Uri.EscapeDataString(scenario.Commune.Locality)}");
            var item = page.QuerySelector($"a[href='/x/{scenario.Commune.Code}']")?.Closest("li");
            Assert.NotNull(item);
            Assert.Equal(!inService, item.TextContent.Contains("Chưa sử dụng Loa", StringComparison.Ordinal));
        }
    }

    private static FormUrlEncodedContent Form(string token, string commune) =>
        new([new("__RequestVerificationToken", token), new("commune", commune)]);

    private static async Task SetInServiceAsync(LoaAppFactory app, Scenario scenario, bool inService)
    {
        await using var db = app.SystemDb();
        var commune = await db.Communes.SingleAsync(c => c.Id == scenario.Commune.Id);
        commune.InService = inService;
        await db.SaveChangesAsync();
    }

    private static async Task SetCoordinatorDisabledAsync(LoaAppFactory app, Scenario scenario, bool disabled)
    {
        await using var db = app.SystemDb();
        var user = await db.Users.SingleAsync(u => u.Id == scenario.Coordinator.Id);
        user.IsDisabled = disabled;
        await db.SaveChangesAsync();
    }

    private static async Task<bool> InServiceAsync(LoaAppFactory app, Scenario scenario)
    {
        await using var db = app.SystemDb();
        return await db.Communes.AsNoTracking().Where(c => c.Id == scenario.Commune.Id).Select(c => c.InService).SingleAsync();
    }
}
