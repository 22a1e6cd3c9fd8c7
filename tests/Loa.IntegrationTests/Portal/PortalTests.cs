using System.Net;
using Loa.Indices;
using Loa.IntegrationTests.Infrastructure;
using Loa.Plans;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Portal;

/// <summary>Each commune's public portal: found from the national home, open to everyone, showing that commune's published data only.</summary>
[Collection(AppCollection.Name)]
public sealed class PortalTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_national_home_finds_a_commune_with_or_without_diacritics_and_by_code(Engine engine)
    {
        var app = fixture.App(engine);
        using var anonymous = app.Session();
        foreach (var query in new[] { "dinh quan", "DINH QUAN", "Định Quán", "định  QUÁN" })
        {
            var page = await anonymous.GetPageAsync("/?q=" + Uri.EscapeDataString(query));
            Assert.NotNull(page.QuerySelector("a[href='/x/26206']"));
        }

        // "đ" is its own letter: "dong nai" and "Đồng Nai" find the same province's communes
        var byProvince = await anonymous.GetPageAsync("/?q=" + Uri.EscapeDataString("phuoc tan dong nai"));
        Assert.NotNull(byProvince.QuerySelector("a[href='/x/26377']"));
        Assert.Contains("Không tìm thấy", (await anonymous.GetPageAsync("/?q=khong-co-xa-nao")).Text(), StringComparison.Ordinal);

        var byCode = await anonymous.Client.GetAsync("/?q=26377");
        Assert.Equal(HttpStatusCode.Redirect, byCode.StatusCode);
        Assert.Equal("/x/26377", byCode.Headers.Location!.OriginalString);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_portal_opens_by_code_without_signing_in_and_unknown_codes_are_not_found(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        using var anonymous = app.Session();
        var home = await anonymous.Client.GetAsync($"/x/{a.Commune.Code}");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("frame-ancestors 'none'", home.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", home.Headers.GetValues("X-Content-Type-Options").Single());
        var text = WebSession.Parse(await home.Content.ReadAsStringAsync(), "/").Text();
        Assert.Contains(a.Commune.Name, text, StringComparison.Ordinal);
        Assert.Contains(a.Plan.Title, text, StringComparison.Ordinal);

        foreach (var url in new[] { "/x/99999", "/x/2637", "/x/abcde", $"/x/{a.Commune.Code}0", "/x/99999/plan" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Client.GetAsync(url)).StatusCode);
        }
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_issued_plan_is_public_with_its_progress_and_its_docx_and_a_draft_never_is(Engine engine)
    {
        var app = fixture.App(engine);
        var issued = await Scenario.CreateAsync(app);
        var draft = await Scenario.CreateAsync(app, PlanStatus.Draft);
        using var anonymous = app.Session();

        var page = await anonymous.GetPageAsync($"/x/{issued.Commune.Code}/plan");
        var text = page.Text();
        Assert.Contains(issued.Plan.Title, text, StringComparison.Ordinal);
        Assert.Contains(issued.ClipsTask.Name, text, StringComparison.Ordinal);
        Assert.Contains("Đạt 1/2", text, StringComparison.Ordinal); // one clip of two recorded
        Assert.Contains($"Mục đích riêng của {issued.Commune.Name}", text, StringComparison.Ordinal);
        var docx = await anonymous.Client.GetAsync($"/x/{issued.Commune.Code}/plan/docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType!.MediaType);
        Assert.Equal((byte)'P', (await docx.Content.ReadAsByteArrayAsync())[0]);

        var none = await anonymous.GetPageAsync($"/x/{draft.Commune.Code}/plan");
        Assert.Contains("chưa công bố kế hoạch", none.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(draft.Plan.Title, none.Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Client.GetAsync($"/x/{draft.Commune.Code}/plan/docx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.Client.GetAsync($"/x/{issued.Commune.Code}/plan/pdf")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_portal_shows_its_own_commune_whoever_is_signed_in(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var b = await Scenario.CreateAsync(app, PlanStatus.Draft, otherProvinceThan: a);
        await using (var db = app.SystemDb())
        {
            db.IndexResults.AddRange(
                new IndexResult
                {
                    ProvinceId = a.Commune.ProvinceId,
                    CommuneId = a.Commune.Id,
                    Year = 2025,
                    Kind = IndexKind.ParIndex,
                    Score = 83.21m,
                    MaxScore = 100,
                },
                new IndexResult
                {
                    ProvinceId = b.Commune.ProvinceId,
                    CommuneId = b.Commune.Id,
                    Year = 2025,
                    Kind = IndexKind.ParIndex,
                    Score = 77.77m,
                    MaxScore = 100,
                });
            await db.SaveChangesAsync();
        }

        // B's coordinator reading A's portal sees A's public pages, not B's data and not A's unpublished data.
        using var session = app.Session();
        await session.LoginAsync(b.Coordinator.UserName!);
        foreach (var path in new[] { "", "/plan", "/indices", "/contact" })
        {
            var text = (await session.GetPageAsync($"/x/{a.Commune.Code}{path}")).Text();
            Assert.DoesNotContain(b.Plan.Title, text, StringComparison.Ordinal);
            Assert.DoesNotContain(b.Commune.Name + " ", text, StringComparison.Ordinal);
            Assert.DoesNotContain("77,77", text, StringComparison.Ordinal);
        }

        Assert.Contains("83,21", (await session.GetPageAsync($"/x/{a.Commune.Code}/indices")).Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(b.Plan.Title, (await session.GetPageAsync($"/x/{b.Commune.Code}/plan")).Text(), StringComparison.Ordinal);

        // and the portal did not change who they are in the back office
        Assert.Contains(b.Plan.Title, (await session.GetPageAsync("/plans")).Text(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Staff_set_what_the_portal_says_and_get_its_QR_code(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        using var coordinator = app.Session();
        await coordinator.LoginAsync(a.Coordinator.UserName!);
        var form = await coordinator.GetPageAsync("/portal");
        Assert.Contains($"/x/{a.Commune.Code}", form.Text(), StringComparison.Ordinal);

        var bad = await coordinator.SubmitAsync(form, "form", new() { ["Profile.Hotline"] = "gọi <script>", ["Profile.Email"] = "khong-phai-thu" });
        Assert.NotEqual(HttpStatusCode.Redirect, bad.StatusCode);
        var errors = WebSession.Parse(await bad.Content.ReadAsStringAsync(), "/").ValidationErrors();
        Assert.Contains(errors, e => e.Contains("chỉ gồm chữ số", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("thư điện tử không hợp lệ", StringComparison.Ordinal));
        await using (var db = app.SystemDb())
        {
            Assert.False(await db.PortalProfiles.IgnoreQueryFilters().AnyAsync(p => p.CommuneId == a.Commune.Id));
        }

        var saved = await coordinator.SubmitAsync(await coordinator.GetPageAsync("/portal"), "form", new()
        {
            ["Profile.Hotline"] = "0251 3822 123",
            ["Profile.Address"] = "Số 1 đường Thử Nghiệm",
            ["Profile.Channels"] = "Zalo OA: UBND thử nghiệm\n\nHộp thư góp ý",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        using var anonymous = app.Session();
        var contact = (await anonymous.GetPageAsync($"/x/{a.Commune.Code}/contact")).Text();
        Assert.Contains("0251 3822 123", contact, StringComparison.Ordinal);
        Assert.Contains("Số 1 đường Thử Nghiệm", contact, StringComparison.Ordinal);
        Assert.Contains("Zalo OA: UBND thử nghiệm", contact, StringComparison.Ordinal);

        var svg = await coordinator.Client.GetAsync("/portal/qr?format=svg&download=true");
        Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<svg", await svg.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var png = await coordinator.Client.GetAsync("/portal/qr?format=png");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, (await png.Content.ReadAsByteArrayAsync())[..4]);

        using var province = app.Session();
        await province.LoginAsync(a.ProvinceOfficer.UserName!);
        var refused = await province.Client.GetAsync("/portal");
        Assert.True(refused.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_staff_portal_page_shows_where_each_part_stands_for_its_own_commune_only(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var b = await Scenario.CreateAsync(app, sameProvinceAs: a);
        var now = LoaAppFactory.Now.UtcDateTime;
        await Articles.ArticleData.AddAsync(app, a, "Tin đã đăng 1", Loa.Articles.ArticleStatus.Published, now.AddDays(-2));
        await Articles.ArticleData.AddAsync(app, a, "Tin đã đăng 2", Loa.Articles.ArticleStatus.Scheduled, now.AddHours(-1));
        await Articles.ArticleData.AddAsync(app, a, "Tin hẹn giờ", Loa.Articles.ArticleStatus.Scheduled, now.AddDays(2));
        await Articles.ArticleData.AddAsync(app, a, "Tin nháp", Loa.Articles.ArticleStatus.Draft, null);
        await Articles.ArticleData.AddAsync(app, b, "Tin của xã khác", Loa.Articles.ArticleStatus.Published, now.AddDays(-2));
        await Surveys.SurveyData.AddAsync(app, a, Loa.Surveys.SurveyStatus.Open, "Khảo sát đang mở");
        await Surveys.SurveyData.AddAsync(app, a, Loa.Surveys.SurveyStatus.Draft, "Khảo sát đang soạn");
        await Feedback.FeedbackData.AddAsync(app, a, Loa.Feedbacks.FeedbackStatus.Received);
        await Feedback.FeedbackData.AddAsync(app, a, Loa.Feedbacks.FeedbackStatus.Assigned, f => f.DueOn = DateOnly.FromDateTime(now).AddDays(-3));
        await Feedback.FeedbackData.AddAsync(app, a, Loa.Feedbacks.FeedbackStatus.Published);
        await Feedback.FeedbackData.AddAsync(app, b, Loa.Feedbacks.FeedbackStatus.Received);

        using var coordinator = app.Session();
        await coordinator.LoginAsync(a.Coordinator.UserName!);
        var page = await coordinator.GetPageAsync("/portal");
        string Tile(string href) =>
            System.Text.RegularExpressions.Regex.Replace(page.QuerySelector($".portal-sections a[href='{href}']")!.TextContent, @"\s+", " ").Trim();
        Assert.Equal("Tin bài 2 đang đăng · 1 hẹn giờ · 1 bản nháp", Tile("/articles"));
        Assert.Equal("Khảo sát, cuộc thi 1 đang mở · 1 đang soạn", Tile("/surveys"));
        Assert.Equal("Phản ánh, kiến nghị 2 đang xử lý 1 quá hạn", Tile("/feedback"));
        Assert.StartsWith("Thủ tục hành chính — chưa chọn", Tile("/procedures"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector($".portal-sections a[href='/x/{a.Commune.Code}/kiosk']"));

        // the top navigation leads to the portal page, which is marked current on its parts' pages
        var articles = await coordinator.GetPageAsync("/articles");
        Assert.Equal("/portal", articles.QuerySelector("nav[aria-label='Chức năng'] a[aria-current='page']")!.GetAttribute("href"));
    }
}
