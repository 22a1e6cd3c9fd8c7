using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Loa.Articles;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Articles;

/// <summary>The public side of the news: only what is public now, only the commune's own, a valid Atom feed.</summary>
[Collection(AppCollection.Name)]
public sealed class PortalNewsTests(AppFixture fixture)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_feed_is_valid_Atom_with_absolute_links_and_only_public_articles(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var now = LoaAppFactory.Now.UtcDateTime;
        var older = await ArticleData.AddAsync(app, a, $"Tin cũ hơn {a.Commune.Code}", ArticleStatus.Published, now.AddDays(-5));
        var newer = await ArticleData.AddAsync(app, a, $"Tin mới & \"đặc biệt\" <{a.Commune.Code}>", ArticleStatus.Published, now.AddDays(-1));
        var due = await ArticleData.AddAsync(app, a, $"Tin hẹn giờ đã đến {a.Commune.Code}", ArticleStatus.Scheduled, now.AddHours(-1));
        await ArticleData.AddAsync(app, a, $"Tin hẹn giờ chưa đến {a.Commune.Code}", ArticleStatus.Scheduled, now.AddHours(1));
        await ArticleData.AddAsync(app, a, $"Bản nháp {a.Commune.Code}", ArticleStatus.Draft, null);
        await ArticleData.AddAsync(app, a, $"Tin đã gỡ {a.Commune.Code}", ArticleStatus.Unpublished, now.AddDays(-2));

        using var client = app.BareClient();
        var response = await client.GetAsync($"/x/{a.Commune.Code}/news/feed");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());

        var root = feed.Root!;
        Assert.Equal(Atom + "feed", root.Name);
        foreach (var required in new[] { "id", "title", "updated", "author" })
        {
            Assert.NotNull(root.Element(Atom + required));
        }

        var self = root.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self");
        Assert.Equal($"https://localhost/x/{a.Commune.Code}/news/feed", (string?)self.Attribute("href"));
        var entries = root.Elements(Atom + "entry").ToList();
        Assert.Equal([due.Title, newer.Title, older.Title], entries.Select(e => e.Element(Atom + "title")!.Value));
        foreach (var entry in entries)
        {
            Assert.True(Uri.TryCreate(entry.Element(Atom + "id")!.Value, UriKind.Absolute, out _));
            var link = entry.Elements(Atom + "link").Single();
            Assert.StartsWith($"https://localhost/x/{a.Commune.Code}/news/", (string?)link.Attribute("href"), StringComparison.Ordinal);
            Assert.True(DateTimeOffset.TryParse(entry.Element(Atom + "updated")!.Value, CultureInfo.InvariantCulture, out _));
            Assert.Equal("html", (string?)entry.Element(Atom + "content")!.Attribute("type"));
        }

        // the link in the entry opens the article
        using var reader = app.Session();
        var href = (string)entries[1].Elements(Atom + "link").Single().Attribute("href")!;
        Assert.Contains(newer.Title, (await reader.GetPageAsync(new Uri(href).PathAndQuery)).Text(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Unpublished_scheduled_and_other_communes_articles_are_invisible_on_a_communes_portal(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var b = await Scenario.CreateAsync(app, otherProvinceThan: a);
        var now = LoaAppFactory.Now.UtcDateTime;
        var mine = await ArticleData.AddAsync(app, a, $"Tin của A {a.Commune.Code}", ArticleStatus.Published, now.AddDays(-1));
        var hidden = new[]
        {
            await ArticleData.AddAsync(app, a, $"Bản nháp của A {a.Commune.Code}", ArticleStatus.Draft, null),
            await ArticleData.AddAsync(app, a, $"Hẹn giờ của A {a.Commune.Code}", ArticleStatus.Scheduled, now.AddDays(1)),
            await ArticleData.AddAsync(app, a, $"Đã gỡ của A {a.Commune.Code}", ArticleStatus.Unpublished, now.AddDays(-3)),
            await ArticleData.AddAsync(app, b, $"Tin của B {b.Commune.Code}", ArticleStatus.Published, now.AddDays(-1)),
        };
        var code = a.Commune.Code;
        using var reader = app.Session();
        var pages = new[] { $"/x/{code}", $"/x/{code}/news", $"/x/{code}/news?trang=1" };
        foreach (var url in pages)
        {
            var text = (await reader.GetPageAsync(url)).Text();
            Assert.Contains(mine.Title, text, StringComparison.Ordinal);
            Assert.All(hidden, h => Assert.DoesNotContain(h.Title, text, StringComparison.Ordinal));
        }

        var feed = await (await reader.Client.GetAsync($"/x/{code}/news/feed")).Content.ReadAsStringAsync();
        Assert.All(hidden, h => Assert.DoesNotContain(h.Title, feed, StringComparison.Ordinal));

        foreach (var h in hidden)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await ArticleData.ReadAsync(reader.Client, $"/x/{code}/news/{h.Id}-{h.Slug}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await reader.Client.GetAsync($"/x/{code}/news/image/{h.Id}")).StatusCode);
        }

        // B's article on B's own portal, not on A's; garbage addresses are simply missing
        Assert.Equal(HttpStatusCode.OK, (await ArticleData.ReadAsync(reader.Client, $"/x/{b.Commune.Code}/news/{hidden[3].Id}-{hidden[3].Slug}")).StatusCode);
        foreach (var junk in new[] { "abc", "12abc", "-1", "99999999999", "0" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await reader.Client.GetAsync($"/x/{code}/news/{junk}")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await reader.Client.GetAsync($"/x/{code}/news?category=987654321")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.Client.GetAsync($"/x/{code}/news?trang=9")).StatusCode);

        // a staff member of A signed in reads the portal as the public: no drafts there either
        using var staff = app.Session();
        await staff.LoginAsync(a.Coordinator.UserName!);
        Assert.Equal(HttpStatusCode.NotFound, (await ArticleData.ReadAsync(staff.Client, $"/x/{code}/news/{hidden[0].Id}")).StatusCode);
        Assert.DoesNotContain(hidden[3].Title, (await staff.GetPageAsync("/articles")).Text(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Categories_filter_the_news_and_the_list_is_paged_newest_first(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        int category;
        await using (var db = app.SystemDb())
        {
            var c = new ArticleCategory { ProvinceId = a.Commune.ProvinceId, CommuneId = a.Commune.Id, Name = "Chuyển đổi số" };
            db.ArticleCategories.Add(c);
            await db.SaveChangesAsync();
            category = c.Id;
        }

        var now = LoaAppFactory.Now.UtcDateTime;
        for (var i = 1; i <= 12; i++)
        {
            await ArticleData.AddAsync(app, a, $"Tin số {i:00} của {a.Commune.Code}", ArticleStatus.Published, now.AddDays(-i));
        }

        await using (var db = app.SystemDb())
        {
            var digital = await ArticleData.AddAsync(app, a, $"Tin chuyển đổi số {a.Commune.Code}", ArticleStatus.Published, now.AddDays(-20));
            var stored = await db.Articles.IgnoreQueryFilters().SingleAsync(x => x.Id == digital.Id);
            stored.CategoryId = category;
            await db.SaveChangesAsync();
        }

        using var reader = app.Session();
        var first = await reader.GetPageAsync($"/x/{a.Commune.Code}/news");
        var titles = first.QuerySelectorAll(".news-list h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(10, titles.Count);
        Assert.Equal($"Tin số 01 của {a.Commune.Code}", titles[0]);
        var second = await reader.GetPageAsync($"/x/{a.Commune.Code}/news?trang=2");
        Assert.Contains($"Tin chuyển đổi số {a.Commune.Code}", second.Text(), StringComparison.Ordinal);
        var filtered = await reader.GetPageAsync($"/x/{a.Commune.Code}/news?category={category}");
        Assert.Equal([$"Tin chuyển đổi số {a.Commune.Code}"], filtered.QuerySelectorAll(".news-list h3").Select(h => h.TextContent.Trim()));
    }
}
