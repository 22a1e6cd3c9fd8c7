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

    /// <summary>The portal address of the commune's article of this title.</summary>
    internal static async Task<string> PortalUrlAsync(LoaAppFactory app, Scenario scenario, string title)
    {
        await using var db = app.SystemDb();
        var article = await db.Articles.IgnoreQueryFilters().SingleAsync(x => x.CommuneId == scenario.Commune.Id && x.Title == title);
        return $"/x/{scenario.Commune.Code}/news/{article.Id}-{article.Slug}";
    }
}
