using System.Net;
using Loa.Articles;
using Loa.Demo;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Web;

/// <summary>
/// The demo's infographics are drawn by the app, not uploaded: written to the data folder when the demo is built,
/// and written again at start wherever their file is missing (a new data folder on an existing database).
/// </summary>
public sealed class DemoImagesTests
{
    [Fact]
    public async Task Demo_infographics_are_drawn_at_start_and_drawn_again_when_their_file_is_missing()
    {
        using var app = new LoaAppFactory(Engine.Sqlite, demo: true);
        _ = app.Server;
        int id;
        string storedName;
        await using (var db = app.SystemDb())
        {
            var communeId = (await db.Users.SingleAsync(u => u.UserName == "daumoi.phuoctan")).CommuneId;
            var article = await db.Articles.SingleAsync(a => a.CommuneId == communeId && a.Kind == ArticleKind.Infographic);
            (id, storedName) = (article.Id, article.CoverImage!);
            Assert.Equal(DemoArticles.InfographicType, article.CoverContentType);
        }

        await AssertDrawnAsync(app, id);
        var file = Assert.Single(Directory.EnumerateFiles(app.DataPath, storedName, SearchOption.AllDirectories));
        File.Delete(file);
        using (var session = app.Session())
        {
            await session.LoginAsync("daumoi.phuoctan", DemoData.Password);
            Assert.Equal(HttpStatusCode.NotFound, (await session.Client.GetAsync($"/articles/image/{id}")).StatusCode);
        }

        using var restarted = app.SecondInstance();
        _ = restarted.Server;
        Assert.True(File.Exists(file));
        await AssertDrawnAsync(restarted, id);
    }

    private static async Task AssertDrawnAsync(LoaAppFactory app, int id)
    {
        using var session = app.Session();
        await session.LoginAsync("daumoi.phuoctan", DemoData.Password);
        var image = await session.Client.GetAsync($"/articles/image/{id}");
        Assert.Equal(HttpStatusCode.OK, image.StatusCode);
        Assert.Equal("image/svg+xml", image.Content.Headers.ContentType!.MediaType);
        var svg = await image.Content.ReadAsStringAsync();
        Assert.Contains("5 BƯỚC NỘP HỒ SƠ TRỰC TUYẾN", svg, StringComparison.Ordinal);
        Assert.Contains("PHƯỚC TÂN", svg, StringComparison.Ordinal);
    }
}
