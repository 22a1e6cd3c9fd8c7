using System.Net;
using Loa.Articles;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Articles;

/// <summary>
/// What the rich-text editor sends is saved as the portal shows it: structure kept (paragraphs, headings, lists,
/// tables, the commune's own images), everything else stripped by the server whatever the browser sent.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ArticleEditorTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Plain_text_paragraphs_typed_with_a_blank_line_between_stay_paragraphs_on_the_portal(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        using var staff = app.Session();
        await staff.LoginAsync(a.Coordinator.UserName!);
        var title = $"Ba đoạn văn {a.Commune.Code}";

        var response = await staff.SubmitAsync(await staff.GetPageAsync("/articles/edit"), "form.article-form", new()
        {
            ["Input.Title"] = title,
            ["Input.Body"] = "Đoạn thứ nhất về một cửa.\r\n\r\nĐoạn thứ hai,\r\ncó dòng thứ hai.\r\n\r\n\r\nĐoạn thứ ba.",
        }, button: "button[value=publish]");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        using var reader = app.Session();
        var page = await reader.GetPageAsync(await PortalUrlAsync(app, a, title));
        var paragraphs = page.QuerySelectorAll(".news-body > p").Select(p => p.InnerHtml).ToList();
        Assert.Equal(["Đoạn thứ nhất về một cửa.", "Đoạn thứ hai,<br>có dòng thứ hai.", "Đoạn thứ ba."], paragraphs);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Editor_HTML_with_a_heading_a_list_a_table_and_a_picture_of_the_commune_is_published_as_it_was_written(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var code = a.Commune.Code;
        using var staff = app.Session();
        await staff.LoginAsync(a.Coordinator.UserName!);
        var picture = await UploadPictureAsync(staff, "hoi-nghi.png");
        Assert.Matches($"^/x/{code}/news/pictures/[0-9a-f]{{32}}$", picture);
        var title = $"Bài có bảng {code}";

        // what Quill's getSemanticHTML sends, with the attributes the editor adds
        var body = "<h2>Lịch tiếp dân</h2><p>Theo <strong>Kế hoạch</strong> số 12:</p><ul><li>Sáng thứ Hai</li><li>Chiều thứ Năm</li></ul>"
            + "<table><tbody><tr><td data-row=\"row-a1\">Ngày</td><td data-row=\"row-a1\">Người tiếp</td></tr>"
            + "<tr><td data-row=\"row-b2\">Thứ Hai</td><td data-row=\"row-b2\">Chủ tịch</td></tr></tbody></table>"
            + $"<p><img src=\"{picture}\" alt=\"Hội nghị\"></p>";
        var response = await staff.SubmitAsync(await staff.GetPageAsync("/articles/edit"), "form.article-form", new()
        {
            ["Input.Title"] = title,
            ["Input.Body"] = body,
        }, button: "button[value=publish]");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        using var reader = app.Session();
        var page = await reader.GetPageAsync(await PortalUrlAsync(app, a, title));
        var shown = page.QuerySelector(".news-body")!.InnerHtml;
        Assert.Equal(body.Replace(" data-row=\"row-a1\"", "", StringComparison.Ordinal).Replace(" data-row=\"row-b2\"", "", StringComparison.Ordinal), shown);
        var image = await reader.Client.GetAsync(picture);
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/png", image.Content.Headers.ContentType!.MediaType);
        Assert.Equal(TestFiles.Png, await image.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task An_image_of_another_commune_of_another_site_or_a_script_address_is_stripped_and_another_portal_does_not_serve_it(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var b = await Scenario.CreateAsync(app, sameProvinceAs: a);
        using var staffB = app.Session();
        await staffB.LoginAsync(b.Coordinator.UserName!);
        var theirs = await UploadPictureAsync(staffB, "cua-xa-b.png");
        var theirName = theirs[(theirs.LastIndexOf('/') + 1)..];

        using var staff = app.Session();
        await staff.LoginAsync(a.Coordinator.UserName!);
        var title = $"Bài có ảnh lạ {a.Commune.Code}";
        var response = await staff.SubmitAsync(await staff.GetPageAsync("/articles/edit"), "form.article-form", new()
        {
            ["Input.Title"] = title,
            ["Input.Body"] = $"<p>Ảnh:<img src=\"{theirs}\"><img src=\"/x/{a.Commune.Code}/news/pictures/{theirName}\">"
                + "<img src=\"https://example.org/anh.png\"><img src=\"javascript:alert(1)\"><img src=\"data:image/png;base64,iVBORw0KGgo=\"></p>",
        }, button: "button[value=save]");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        await using (var db = app.SystemDb())
        {
            Assert.Equal("<p>Ảnh:</p>", (await db.Articles.IgnoreQueryFilters().SingleAsync(x => x.CommuneId == a.Commune.Id && x.Title == title)).Body);
        }

        using var reader = app.Session();
        Assert.Equal(HttpStatusCode.OK, (await reader.Client.GetAsync(theirs)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.Client.GetAsync($"/x/{a.Commune.Code}/news/pictures/{theirName}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.Client.GetAsync($"/x/{a.Commune.Code}/news/pictures/..%2F..%2Fsecret")).StatusCode);

        // the picker lists only the commune's own pictures
        var list = await staff.Client.GetStringAsync("/articles/pictures?handler=List");
        Assert.DoesNotContain(theirName, list, StringComparison.Ordinal);
        Assert.Equal("[]", list);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_file_that_is_not_an_image_is_refused_with_a_message_and_nothing_is_stored(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        using var staff = app.Session();
        await staff.LoginAsync(a.Coordinator.UserName!);

        var notAnImage = System.Text.Encoding.UTF8.GetBytes("Kế hoạch tuyên truyền năm 2026");
        var response = await staff.SubmitAsync(await staff.GetPageAsync("/articles/pictures"), "form.picture-upload", new(),
            files: [("Picture", "ke-hoach.png", notAnImage)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = WebSession.Parse(await response.Content.ReadAsStringAsync(), "/articles/pictures");
        Assert.Contains("Tệp “ke-hoach.png” không phải là ảnh", page.ValidationErrors().Single(), StringComparison.Ordinal);
        await using var db = app.SystemDb();
        Assert.False(await db.ArticlePictures.IgnoreQueryFilters().AnyAsync(p => p.CommuneId == a.Commune.Id));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_phone_preview_shows_the_unsaved_form_as_the_portal_would_inside_the_edit_page_only(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        using var staff = app.Session();
        await staff.LoginAsync(a.Coordinator.UserName!);
        var edit = await staff.GetPageAsync("/articles/edit");
        Assert.NotNull(edit.QuerySelector("iframe[name=phone-frame][src='/articles/phone']"));

        var response = await staff.SubmitAsync(edit, "form.article-form", new()
        {
            ["Input.Title"] = "Chưa lưu",
            ["Input.Body"] = "Đoạn một.\n\nĐoạn hai <script>alert(1)</script>",
        }, button: "button.phone-preview-button");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("SAMEORIGIN", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync();
        var preview = WebSession.Parse(html, "/articles/phone");
        Assert.Equal("<p>Đoạn một.</p><p>Đoạn hai</p>", preview.QuerySelector(".news-body")!.InnerHtml);
        Assert.Equal("Chưa lưu", preview.QuerySelector("article h1")!.TextContent);
        Assert.DoesNotContain("alert", html, StringComparison.Ordinal);
        await using var db = app.SystemDb();
        Assert.False(await db.Articles.IgnoreQueryFilters().AnyAsync(x => x.CommuneId == a.Commune.Id && x.Title == "Chưa lưu"));

        // every other page still refuses to be framed
        Assert.Equal("DENY", (await staff.Client.GetAsync("/articles/edit")).Headers.GetValues("X-Frame-Options").Single());
    }

    /// <summary>Uploads a picture as the editor's picker does (asking for JSON) and returns its address.</summary>
    private static async Task<string> UploadPictureAsync(WebSession staff, string fileName)
    {
        var token = WebSession.AntiforgeryToken(await staff.GetPageAsync("/articles/pictures"));
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(TestFiles.Png);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/png");
        content.Add(file, "Picture", fileName);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/articles/pictures") { Content = content };
        request.Headers.Accept.ParseAdd("application/json");
        var response = await staff.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("url").GetString()!;
    }

    /// <summary>The portal address of the commune's article of this title.</summary>
    internal static async Task<string> PortalUrlAsync(LoaAppFactory app, Scenario scenario, string title)
    {
        await using var db = app.SystemDb();
        var article = await db.Articles.IgnoreQueryFilters().SingleAsync(x => x.CommuneId == scenario.Commune.Id && x.Title == title);
        return $"/x/{scenario.Commune.Code}/news/{article.Id}-{article.Slug}";
    }
}
