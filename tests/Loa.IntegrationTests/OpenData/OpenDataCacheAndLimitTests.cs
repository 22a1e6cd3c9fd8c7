using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Loa.IntegrationTests.Infrastructure;
using Loa.OpenData;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.OpenData;

/// <summary>
/// The open data is kept in the output cache (a commune's files dropped at once when the commune saves a change; the province and
/// national sums kept for their short lifetime), answers 304 to a client that has the file, and is rate-limited per IP address.
/// </summary>
public sealed class OpenDataCacheAndLimitTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_recorded_activity_appears_at_once_in_the_communes_progress_while_the_province_sums_are_kept(Engine engine)
    {
        using var app = new LoaAppFactory(engine, settings: new Dictionary<string, string?> { ["OpenData:CacheSeconds"] = "300" });
        var s = await Scenario.CreateAsync(app);
        var client = app.BareClient();
        var progress = OpenDataUrls.Progress(s.Commune.Code, 2026, "json");
        var province = await OpenDataTests.ProvinceCodeAsync(app, s);
        var figures = OpenDataUrls.ProvinceFigures(province, 2026, "json");
        Assert.Equal(1, Done(await OpenDataFiles.GetOkAsync(client, progress), s.ClipsTask.Name));
        Assert.Equal(1, Activities(await OpenDataFiles.GetOkAsync(client, figures), s.Commune.Code));

        // a change behind the app's back (no save through it) is not seen while the file is kept …
        await using (var db = app.SystemDb())
        {
            await db.Activities.IgnoreQueryFilters().Where(a => a.Id == s.Activity!.Id).ExecuteUpdateAsync(a => a.SetProperty(x => x.Quantity, 2));
        }

        Assert.Equal(1, Done(await OpenDataFiles.GetOkAsync(client, progress), s.ClipsTask.Name));

        // … an activity recorded through the app's save drops the commune's files at once …
        await s.AddActivityAsync(app, s.ServiceCentre, s.ClipsTask, s.Officer, "Clip thứ hai");
        Assert.Equal(3, Done(await OpenDataFiles.GetOkAsync(client, progress), s.ClipsTask.Name));

        // … while the province's sums, over many communes, live out their lifetime
        Assert.Equal(1, Activities(await OpenDataFiles.GetOkAsync(client, figures), s.Commune.Code));
    }

    [Fact]
    public async Task A_client_that_has_the_file_gets_304()
    {
        using var app = new LoaAppFactory(Engine.Sqlite);
        var s = await Scenario.CreateAsync(app);
        var client = app.BareClient();
        var url = OpenDataUrls.Plan(s.Commune.Code, 2026, "csv");
        var first = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(first.Headers.ETag);
        Assert.NotNull(first.Content.Headers.LastModified);
        using var again = new HttpRequestMessage(HttpMethod.Get, url);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        using var stale = new HttpRequestMessage(HttpMethod.Get, url);
        stale.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(stale)).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Past_the_limit_an_address_gets_429_with_a_Vietnamese_message_and_another_address_does_not(Engine engine)
    {
        using var app = new LoaAppFactory(engine, settings: new Dictionary<string, string?> { ["OpenData:RequestsPerIpPerMinute"] = "3" });
        var client = app.BareClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(OpenDataUrls.NationalIndices("csv"))).StatusCode);
        }

        var refused = await client.GetAsync(OpenDataUrls.Catalog);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Contains("Vui lòng đợi một phút", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var elsewhere = new HttpRequestMessage(HttpMethod.Get, OpenDataUrls.Catalog);
        elsewhere.Headers.Add(TestClientAddress.Header, "203.0.113.9");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(elsewhere)).StatusCode);
    }

    private static int Done(string json, string task)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("name").GetString() == task).GetProperty("done").GetInt32();
    }

    private static int Activities(string json, string commune)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("code").GetString() == commune).GetProperty("activities").GetInt32();
    }
}
