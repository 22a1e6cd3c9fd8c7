using System.Globalization;
using System.Net;
using Loa.Activities;
using Loa.Articles;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Articles;

/// <summary>Staff write, schedule, publish and take down articles; the public sees them only while they are public, and a linked task counts them.</summary>
[Collection(AppCollection.Name)]
public sealed class ArticleLifeTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_scheduled_article_becomes_public_at_its_time_and_then_counts_for_its_task(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var title = $"Hẹn giờ: tiếp nhận hồ sơ trực tuyến ({a.Commune.Code})";
        using var staff = app.Session();
        await staff.LoginAsync(a.Coordinator.UserName!);

        // 1 July 2026, 10:00 in Vietnam; scheduled for 2 July, 08:00
        var response = await staff.SubmitAsync(await staff.GetPageAsync("/articles/edit"), "form.article-form", new()
        {
            ["Input.Title"] = title,
            ["Input.Body"] = "<p>Người dân có thể nộp hồ sơ trực tuyến toàn trình.</p>",
            ["Input.TaskId"] = a.ArticlesTask.Id.ToString(CultureInfo.InvariantCulture),
            ["Input.PublishAt"] = "2026-07-02T08:00",
        }, button: "button[value=schedule]");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        await using (var db = app.SystemDb())
        {
            var stored = await db.Articles.IgnoreQueryFilters().SingleAsync(x => x.CommuneId == a.Commune.Id);
            Assert.Equal(ArticleStatus.Scheduled, stored.Status);
            Assert.Equal(new DateTime(2026, 7, 2, 1, 0, 0, DateTimeKind.Utc), stored.PublishAt);
        }

        var portal = app.Session();
        var code = a.Commune.Code;
        Assert.DoesNotContain(title, (await portal.GetPageAsync($"/x/{code}/news")).Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(title, await (await portal.Client.GetAsync($"/x/{code}/news/feed")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var id = await ArticleIdAsync(app, a, title);
        Assert.Equal(HttpStatusCode.NotFound, (await portal.Client.GetAsync($"/x/{code}/news/{id}")).StatusCode);
        Assert.Contains("Đạt 0/4", TaskRow(await portal.GetPageAsync($"/x/{code}/plan"), a.ArticlesTask.Name), StringComparison.Ordinal);

        try
        {
            app.Clock.Now = new DateTimeOffset(2026, 7, 2, 1, 0, 0, TimeSpan.Zero);
            Assert.Contains(title, (await portal.GetPageAsync($"/x/{code}/news")).Text(), StringComparison.Ordinal);
            Assert.Contains(title, (await portal.GetPageAsync($"/x/{code}")).Text(), StringComparison.Ordinal);
            Assert.Contains(title, await (await portal.Client.GetAsync($"/x/{code}/news/feed")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
            var read = await ArticleData.ReadAsync(portal.Client, $"/x/{code}/news/{id}");
            Assert.Equal(HttpStatusCode.MovedPermanently, read.StatusCode);
            Assert.Equal($"/x/{code}/news/{id}-hen-gio-tiep-nhan-ho-so-truc-tuyen-{code}", read.Headers.Location!.OriginalString);
            Assert.Contains(title, (await portal.GetPageAsync(read.Headers.Location.OriginalString)).Text(), StringComparison.Ordinal);
            Assert.Contains("Đạt 1/4", TaskRow(await portal.GetPageAsync($"/x/{code}/plan"), a.ArticlesTask.Name), StringComparison.Ordinal);

            await using var db = app.SystemDb();
            var activity = await db.Activities.IgnoreQueryFilters().SingleAsync(x => x.TaskId == a.ArticlesTask.Id);
            Assert.Equal(new DateOnly(2026, 7, 2), activity.Date);
            Assert.Equal(1, activity.Quantity);
            Assert.Equal(ChannelKind.Article, activity.Channel);
            Assert.Equal(a.Culture.Id, activity.UnitId);
            Assert.Contains(activity.EvidenceLinks, l => l.Contains($"/x/{code}/news/{id}-", StringComparison.Ordinal));
        }
        finally
        {
            app.Clock.Now = LoaAppFactory.Now;
        }
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Published_now_it_shows_with_its_image_counts_views_once_per_reader_and_unpublished_it_disappears_with_its_activity(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var code = a.Commune.Code;
        var title = $"Infographic dịch vụ công {code}";
        using var staff = app.Session();
        await staff.LoginAsync(a.Leader.UserName!);
        var response = await staff.SubmitAsync(await staff.GetPageAsync("/articles/edit"), "form.article-form", new()
        {
            ["Input.Title"] = title,
            ["Input.Kind"] = "Infographic",
            ["Input.Body"] = "<p onclick=\"steal()\">Năm bước <script>alert('xss')</script><img src=x onerror=alert(1)></p><iframe src=\"https://evil.example\"></iframe>",
            ["Input.CoverAlt"] = "Năm bước nộp hồ sơ",
            ["Input.TaskId"] = a.ArticlesTask.Id.ToString(CultureInfo.InvariantCulture),
        }, files: [("Cover", "buoc.png", TestFiles.Png)], button: "button[value=publish]");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = await ArticleIdAsync(app, a, title);

        await using (var db = app.SystemDb())
        {
            var stored = await db.Articles.IgnoreQueryFilters().SingleAsync(x => x.Id == id);
            Assert.Equal("<p>Năm bước </p>", stored.Body);
            Assert.Equal(ArticleStatus.Published, stored.Status);
            Assert.NotNull(stored.ActivityId);
        }

        var url = $"/x/{code}/news/{id}-infographic-dich-vu-cong-{code}";
        using var reader = app.Session();
        var page = await ArticleData.ReadAsync(reader.Client, url);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.DoesNotContain("alert", html, StringComparison.Ordinal);
        Assert.Contains($"src=\"/x/{code}/news/image/{id}\"", html, StringComparison.Ordinal);
        var image = await reader.Client.GetAsync($"/x/{code}/news/image/{id}");
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType!.MediaType);
        Assert.Equal(TestFiles.Png, await image.Content.ReadAsByteArrayAsync());

        // the same reader again, the same reader without cookies, a crawler: one view; another reader: two
        await ArticleData.ReadAsync(reader.Client, url);
        using (var bare = app.BareClient())
        {
            await ArticleData.ReadAsync(bare, url);
            await ArticleData.ReadAsync(bare, url, "Googlebot/2.1 (+http://www.google.com/bot.html)");
            Assert.Equal(1, await ViewsAsync(app, id));
            await ArticleData.ReadAsync(bare, url, "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Safari/604.1");
            Assert.Equal(2, await ViewsAsync(app, id));
        }

        // the activity's reach follows, at most a few minutes late
        try
        {
            app.Clock.Now = LoaAppFactory.Now.AddMinutes(10);
            using var later = app.Session();
            await ArticleData.ReadAsync(later.Client, url, "Mozilla/5.0 (Windows NT 10.0) Firefox/140.0");
            await using var db = app.SystemDb();
            var activity = await db.Activities.IgnoreQueryFilters().SingleAsync(x => x.TaskId == a.ArticlesTask.Id);
            Assert.Equal(3, activity.Views);
        }
        finally
        {
            app.Clock.Now = LoaAppFactory.Now;
        }

        var edit = await staff.GetPageAsync($"/articles/edit/{id}");
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync(edit, "form[action*='handler=Unpublish']", [])).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await ArticleData.ReadAsync(reader.Client, url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.Client.GetAsync($"/x/{code}/news/image/{id}")).StatusCode);
        Assert.DoesNotContain(title, (await reader.GetPageAsync($"/x/{code}/news")).Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(title, (await reader.GetPageAsync($"/x/{code}")).Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(title, await (await reader.Client.GetAsync($"/x/{code}/news/feed")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using (var db = app.SystemDb())
        {
            Assert.False(await db.Activities.IgnoreQueryFilters().AnyAsync(x => x.TaskId == a.ArticlesTask.Id));
            var entityId = id.ToString(CultureInfo.InvariantCulture);
            Assert.True(await db.AuditEntries.AnyAsync(e =>
                e.EntityType == "Article" && e.EntityId == entityId && e.Action == "update" && e.Detail!.Contains("Status")));
        }

        // staff still see and preview it; deleting it removes it for good
        Assert.Contains(title, (await staff.GetPageAsync("/articles?status=unpublished")).Text(), StringComparison.Ordinal);
        Assert.Contains("Năm bước", (await staff.GetPageAsync($"/articles/preview/{id}")).Text(), StringComparison.Ordinal);
        var delete = await staff.SubmitAsync(
            await staff.GetPageAsync($"/articles/edit/{id}"), "form[action*='handler=Delete']", new() { ["confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, delete.StatusCode);
        await using (var db = app.SystemDb())
        {
            Assert.False(await db.Articles.IgnoreQueryFilters().AnyAsync(x => x.Id == id));
        }

        Assert.Empty(Directory.GetFiles(Path.Combine(app.DataPath, "uploads", a.Commune.Id.ToString(CultureInfo.InvariantCulture), "articles")));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_video_article_embeds_the_privacy_enhanced_player_and_only_its_page_may_frame_it(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        using var staff = app.Session();
        await staff.LoginAsync(a.Coordinator.UserName!);
        var title = $"Video hướng dẫn {a.Commune.Code}";
        var response = await staff.SubmitAsync(await staff.GetPageAsync("/articles/edit"), "form.article-form", new()
        {
            ["Input.Title"] = title,
            ["Input.Kind"] = "Video",
            ["Input.VideoUrl"] = "https://youtu.be/Hm1Jb7qHbDU?si=share",
            ["Input.TaskId"] = a.ClipsTask.Id.ToString(CultureInfo.InvariantCulture),
        }, button: "button[value=publish]");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = await ArticleIdAsync(app, a, title);

        using var bareClient = app.BareClient();
        var page = await ArticleData.ReadAsync(bareClient, $"/x/{a.Commune.Code}/news/{id}-video-huong-dan-{a.Commune.Code}");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var csp = string.Join(' ', page.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("frame-src https://www.youtube-nocookie.com https://player.vimeo.com", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        var document = WebSession.Parse(await page.Content.ReadAsStringAsync(), "/");
        Assert.Equal("https://www.youtube-nocookie.com/embed/Hm1Jb7qHbDU", document.QuerySelector(".news-video iframe")?.GetAttribute("src"));

        var list = await bareClient.GetAsync($"/x/{a.Commune.Code}/news");
        Assert.DoesNotContain("frame-src", string.Join(' ', list.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        await using var db = app.SystemDb();
        var clip = await db.Activities.IgnoreQueryFilters().SingleAsync(x => x.TaskId == a.ClipsTask.Id && x.Title.Contains(title));
        Assert.Equal(ChannelKind.Video, clip.Channel);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Bad_input_is_refused_in_Vietnamese_and_nothing_is_saved(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var b = await Scenario.CreateAsync(app, otherProvinceThan: a);
        using var staff = app.Session();
        await staff.LoginAsync(a.Coordinator.UserName!);
        var bigImage = new byte[(5 * 1024 * 1024) + 10];
        TestFiles.Png.CopyTo(bigImage, 0);
        var cases = new (Dictionary<string, object?> Values, (string, string, byte[])[] Files, string Button, string Message, HttpStatusCode? Status)[]
        {
            (new() { ["Input.Title"] = "  " }, [], "save", "Hãy nhập tiêu đề", null),
            (new() { ["Input.Title"] = new string('T', 301) }, [], "save", "Tiêu đề dài quá 300 ký tự", null),
            (new() { ["Input.Body"] = "<p>" + new string('x', 200_001) + "</p>" }, [], "save", "Nội dung dài quá", null),
            (new() { ["Input.Body"] = "<script>alert(1)</script>" }, [], "publish", "Hãy nhập nội dung bài viết", null),
            (new() { ["Input.VideoUrl"] = "https://evil.example/video.mp4" }, [], "save", "phải là một video trên YouTube hoặc Vimeo", null),
            (new() { ["Input.Kind"] = "Video" }, [], "save", "cần địa chỉ của video", null),
            (new() { ["Input.Kind"] = "Infographic" }, [], "save", "cần một ảnh", null),
            (new(), [("Cover", "anh.png", "<html><script>alert(1)</script></html>"u8.ToArray())], "save", "không phải là ảnh", HttpStatusCode.BadRequest),
            (new(), [("Cover", "to.png", bigImage)], "save", "lớn hơn giới hạn 5 MB", HttpStatusCode.RequestEntityTooLarge),
            (new() { ["Input.PublishAt"] = "2026-06-30T08:00" }, [], "schedule", "phải sau thời điểm hiện tại", null),
            (new() { ["Input.PublishAt"] = "" }, [], "schedule", "Hãy chọn ngày giờ đăng bài", null),
            (
                new() { ["Input.TaskId"] = b.ArticlesTask.Id.ToString(CultureInfo.InvariantCulture) },
                [],
                "publish",
                "Hãy chọn nhiệm vụ trong danh sách",
                null),
            (new() { ["Input.CategoryId"] = "987654321" }, [], "save", "Hãy chọn chuyên mục trong danh sách", null),
        };
        foreach (var (values, files, button, message, status) in cases)
        {
            var all = new Dictionary<string, object?> { ["Input.Title"] = "Bài thử", ["Input.Body"] = "<p>Nội dung</p>" };
            foreach (var (k, v) in values)
            {
                all[k] = v;
            }

            var response = await staff.SubmitAsync(await staff.GetPageAsync("/articles/edit"), "form.article-form", all, files, $"button[value={button}]");
            Assert.True(response.StatusCode != HttpStatusCode.Redirect, $"“{message}” case was accepted");
            if (status is not null)
            {
                Assert.Equal(status, response.StatusCode);
            }

            var errors = WebSession.Parse(await response.Content.ReadAsStringAsync(), "/").ValidationErrors();
            Assert.True(errors.Any(e => e.Contains(message, StringComparison.Ordinal)), $"expected “{message}”, got: {string.Join(" | ", errors)}");
        }

        await using var db = app.SystemDb();
        Assert.False(await db.Articles.IgnoreQueryFilters().AnyAsync(x => x.CommuneId == a.Commune.Id));
        Assert.False(Directory.Exists(Path.Combine(app.DataPath, "uploads", a.Commune.Id.ToString(CultureInfo.InvariantCulture), "articles"))
            && Directory.GetFiles(Path.Combine(app.DataPath, "uploads", a.Commune.Id.ToString(CultureInfo.InvariantCulture), "articles")).Length > 0);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Two_editors_saving_the_same_article_the_second_is_told_and_nothing_is_lost(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var article = await ArticleData.AddAsync(app, a, "Bài hai người sửa", ArticleStatus.Draft, null);
        using var first = app.Session();
        using var second = app.Session();
        await first.LoginAsync(a.Coordinator.UserName!);
        await second.LoginAsync(a.Leader.UserName!);
        var firstForm = await first.GetPageAsync($"/articles/edit/{article.Id}");
        var secondForm = await second.GetPageAsync($"/articles/edit/{article.Id}");
        var early = await first.SubmitAsync(
            firstForm, "form.article-form", new() { ["Input.Title"] = "Bản của người thứ nhất" }, button: "button[value=save]");
        Assert.Equal(HttpStatusCode.Redirect, early.StatusCode);
        var late = await second.SubmitAsync(
            secondForm, "form.article-form", new() { ["Input.Title"] = "Bản của người thứ hai" }, button: "button[value=save]");
        Assert.Contains("vừa được người khác sửa và lưu", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using var db = app.SystemDb();
        Assert.Equal("Bản của người thứ nhất", (await db.Articles.IgnoreQueryFilters().SingleAsync(x => x.Id == article.Id)).Title);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Unit_officers_and_the_province_do_not_write_the_communes_news(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        foreach (var user in new[] { a.Officer, a.ProvinceOfficer })
        {
            using var session = app.Session();
            await session.LoginAsync(user.UserName!);
            foreach (var url in new[] { "/articles", "/articles/edit", "/articles/categories" })
            {
                var response = await session.Client.GetAsync(url);
                Assert.True(
                    response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Redirect, $"{user.UserName} {url} → {(int)response.StatusCode}");
                Assert.DoesNotContain("article-form", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }
    }

    private static async Task<int> ArticleIdAsync(LoaAppFactory app, Scenario scenario, string title)
    {
        await using var db = app.SystemDb();
        return await db.Articles.IgnoreQueryFilters().Where(x => x.CommuneId == scenario.Commune.Id && x.Title == title).Select(x => x.Id).SingleAsync();
    }

    private static async Task<int> ViewsAsync(LoaAppFactory app, int id)
    {
        await using var db = app.SystemDb();
        return await db.Articles.IgnoreQueryFilters().Where(x => x.Id == id).Select(x => x.Views).SingleAsync();
    }

    private static string TaskRow(AngleSharp.Html.Dom.IHtmlDocument plan, string taskName) =>
        plan.QuerySelectorAll("table.tasks tr").Select(r => r.TextContent).Single(t => t.Contains(taskName, StringComparison.Ordinal));
}
