using System.Net;
using System.Text.Json;
using Loa.Indices;
using Loa.IntegrationTests.Infrastructure;
using Loa.OpenData;
using Loa.Plans;
using Microsoft.EntityFrameworkCore;
using static Loa.IntegrationTests.OpenData.OpenDataFiles;

namespace Loa.IntegrationTests.OpenData;

/// <summary>
/// The open-data files of a commune, its province and the country hold what the database holds, in the documented shape: CSV that
/// parses with a UTF-8 BOM and the schema's header, JSON whose rows have exactly the schema's fields and types; only issued plans.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class OpenDataTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_communes_files_hold_its_issued_plan_its_progress_and_its_index_results(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        await using (var db = app.SystemDb())
        {
            db.IndexResults.Add(new IndexResult
            {
                ProvinceId = a.Commune.ProvinceId,
                CommuneId = a.Commune.Id,
                Year = 2025,
                Kind = IndexKind.ParIndex,
                Score = 86.25m,
                MaxScore = 100,
                Rank = 3,
                RankOf = 40,
            });
            await db.SaveChangesAsync();
        }

        var client = app.BareClient();
        var code = a.Commune.Code;

        using (var plan = JsonDocument.Parse(await GetOkAsync(client, OpenDataUrls.Plan(code, 2026, "json"))))
        {
            Assert.Equal("loa.plan/1", plan.RootElement.GetProperty("format").GetString());
            Assert.Equal(a.Plan.Title, plan.RootElement.GetProperty("title").GetString());
            Assert.Equal("07/KH-UBND", plan.RootElement.GetProperty("number").GetString());
            Assert.Equal(
                [a.ArticlesTask.Name, a.ClipsTask.Name],
                plan.RootElement.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("name").GetString()));
        }

        var tasks = await CsvAsync(client, OpenDataUrls.Plan(code, 2026, "csv"), OpenDataSchemas.PlanTasks);
        Assert.Equal([a.ArticlesTask.Name, a.ClipsTask.Name], tasks.Select(t => t["name"]));
        Assert.Equal(["Trung tâm Phục vụ hành chính công", "Phòng Văn hóa – Xã hội"], [tasks[1]["lead"], tasks[1]["partners"]]);
        Assert.Equal(["2", "clip", "2026-02-01"], [tasks[1]["target"], tasks[1]["targetUnit"], tasks[1]["issuedOn"]]);

        var progress = await JsonRowsAsync(client, OpenDataUrls.Progress(code, 2026, "json"), OpenDataSchemas.Progress);
        var clips = progress.Single(r => r.GetProperty("name").GetString() == a.ClipsTask.Name);
        Assert.Equal((1, 1, 2), (clips.GetProperty("done").GetInt32(), clips.GetProperty("activities").GetInt32(), clips.GetProperty("target").GetInt32()));
        var articles = progress.Single(r => r.GetProperty("name").GetString() == a.ArticlesTask.Name);
        Assert.Equal((0, 0), (articles.GetProperty("done").GetInt32(), articles.GetProperty("activities").GetInt32()));
        var progressCsv = await CsvAsync(client, OpenDataUrls.Progress(code, 2026, "csv"), OpenDataSchemas.Progress);
        Assert.Equal(["1", "1", "2026-07-01"], [progressCsv[1]["done"], progressCsv[1]["activities"], progressCsv[1]["asOf"]]);

        var indices = await JsonRowsAsync(client, OpenDataUrls.CommuneIndices(code, "json"), OpenDataSchemas.CommuneIndices);
        var par = Assert.Single(indices);
        Assert.Equal(("PAR INDEX", 86.25m, 3, 40), (par.GetProperty("index").GetString(), par.GetProperty("score").GetDecimal(),
            par.GetProperty("rank").GetInt32(), par.GetProperty("rankOf").GetInt32()));
        Assert.Equal("86.25", Assert.Single(await CsvAsync(client, OpenDataUrls.CommuneIndices(code, "csv"), OpenDataSchemas.CommuneIndices))["score"]);

        // an unknown commune, a year without an issued plan, an unknown format: 404
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(OpenDataUrls.Plan("99999", 2026, "json"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(OpenDataUrls.Plan(code, 2025, "json"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(OpenDataUrls.Progress(code, 2026, "xml"))).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_province_and_national_figures_count_the_communes_plan_activity_reports_and_feedback(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        await using (var db = app.SystemDb())
        {
            db.CommuneReports.Add(new Loa.Reports.CommuneReport
            {
                ProvinceId = a.Commune.ProvinceId,
                CommuneId = a.Commune.Id,
                PlanId = a.Plan.Id,
                Year = 2026,
                Period = Loa.Reports.ReportPeriodKind.Quarter1,
                Status = Loa.Reports.CommuneReportStatus.Sent,
                Recipient = "Sở Nội vụ",
                SentAt = new DateTime(2026, 3, 16, 3, 0, 0, DateTimeKind.Utc),
                CreatedAt = DateTime.UtcNow,
                UpdatedAt = DateTime.UtcNow,
            });
            db.Feedback.Add(await PersonalData.FeedbackAsync(db, a, answered: true));
            db.Feedback.Add(await PersonalData.FeedbackAsync(db, a, answered: false));
            await db.SaveChangesAsync();
        }

        var client = app.BareClient();
        var province = await ProvinceCodeAsync(app, a);
        var rows = await JsonRowsAsync(client, OpenDataUrls.ProvinceFigures(province, 2026, "json"), OpenDataSchemas.ProvinceFigures);
        var mine = rows.Single(r => r.GetProperty("code").GetString() == a.Commune.Code);
        Assert.Equal(
            [1, 1, 1, 1, 1, 1, 1200, 2, 1, 1],
            new[] { "communes", "communesInService", "plansIssued", "plansIssuedOnTime", "reportsQ1Sent", "reportsQ1OnTime", "reach", "feedbackReceived",
                "feedbackAnswered", "feedbackAnsweredInTime" }.Select(f => mine.GetProperty(f).GetInt64()));
        Assert.Equal(1, mine.GetProperty("activities").GetInt32());
        Assert.Equal(0, mine.GetProperty("reportsH1Sent").GetInt32());
        await using (var db = app.SystemDb())
        {
            Assert.Equal(await db.Communes.CountAsync(c => c.ProvinceId == a.Commune.ProvinceId), rows.Count);
        }

        var csv = await CsvAsync(client, OpenDataUrls.ProvinceFigures(province, 2026, "csv"), OpenDataSchemas.ProvinceFigures);
        Assert.Equal("1200", csv.Single(r => r["code"] == a.Commune.Code)["reach"]);

        var channels = await JsonRowsAsync(client, OpenDataUrls.ProvinceChannels(province, 2026, "json"), OpenDataSchemas.ProvinceChannels);
        var video = channels.Single(r => r.GetProperty("code").GetString() == a.Commune.Code);
        Assert.Equal(("video", 1, 1200L), (video.GetProperty("channel").GetString(), video.GetProperty("activities").GetInt32(), video.GetProperty("reach").GetInt64()));
        await CsvAsync(client, OpenDataUrls.ProvinceChannels(province, 2026, "csv"), OpenDataSchemas.ProvinceChannels);

        // the national row of the province sums its communes: at least this one (other tests add theirs)
        var national = await JsonRowsAsync(client, OpenDataUrls.NationalFigures(2026, "json"), OpenDataSchemas.NationalFigures);
        Assert.Equal(34, national.Count);
        var ofProvince = national.Single(r => r.GetProperty("code").GetString() == province);
        Assert.True(ofProvince.GetProperty("plansIssued").GetInt32() >= 1 && ofProvince.GetProperty("reach").GetInt64() >= 1200);
        Assert.Equal(rows.Count, ofProvince.GetProperty("communes").GetInt32());
        await CsvAsync(client, OpenDataUrls.NationalFigures(2026, "csv"), OpenDataSchemas.NationalFigures);
        var nationalChannels = await JsonRowsAsync(client, OpenDataUrls.NationalChannels(2026, "json"), OpenDataSchemas.NationalChannels);
        Assert.Contains(nationalChannels, r => r.GetProperty("code").GetString() == province && r.GetProperty("channel").GetString() == "video");
        await JsonRowsAsync(client, OpenDataUrls.NationalIndices("json"), OpenDataSchemas.NationalIndices);
        await CsvAsync(client, OpenDataUrls.ProvinceIndices(province, "csv"), OpenDataSchemas.ProvinceIndices);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Draft_submitted_and_approved_plans_never_appear(Engine engine)
    {
        var app = fixture.App(engine);
        var client = app.BareClient();
        foreach (var status in new[] { PlanStatus.Draft, PlanStatus.Submitted, PlanStatus.Approved })
        {
            var s = await Scenario.CreateAsync(app, status);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(OpenDataUrls.Plan(s.Commune.Code, 2026, "json"))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(OpenDataUrls.Plan(s.Commune.Code, 2026, "csv"))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(OpenDataUrls.Progress(s.Commune.Code, 2026, "json"))).StatusCode);
            var province = await ProvinceCodeAsync(app, s);
            var catalog = await GetOkAsync(client, OpenDataUrls.ProvinceCatalog(province));
            Assert.DoesNotContain($"/communes/{s.Commune.Code}/", catalog, StringComparison.Ordinal);
            var page = await GetOkAsync(client, OpenDataUrls.Commune(s.Commune.Code));
            Assert.Contains("chưa ban hành kế hoạch", page, StringComparison.Ordinal);
            Assert.DoesNotContain(s.Plan.Title, page, StringComparison.Ordinal);
            var row = (await JsonRowsAsync(client, OpenDataUrls.ProvinceFigures(province, 2026, "json"), OpenDataSchemas.ProvinceFigures))
                .Single(r => r.GetProperty("code").GetString() == s.Commune.Code);
            Assert.Equal(0, row.GetProperty("plansIssued").GetInt32());
        }
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_commune_out_of_service_keeps_its_issued_plan_open_as_its_portal_does_and_is_not_counted_in_service(Engine engine)
    {
        var app = fixture.App(engine);
        var s = await Scenario.CreateAsync(app, inService: false);
        var client = app.BareClient();
        await GetOkAsync(client, OpenDataUrls.Plan(s.Commune.Code, 2026, "json"));
        Assert.Contains(s.Plan.Title, await GetOkAsync(client, $"/x/{s.Commune.Code}/plan"), StringComparison.Ordinal);
        var row = (await JsonRowsAsync(client, OpenDataUrls.ProvinceFigures(await ProvinceCodeAsync(app, s), 2026, "json"), OpenDataSchemas.ProvinceFigures))
            .Single(r => r.GetProperty("code").GetString() == s.Commune.Code);
        Assert.Equal((0, 1), (row.GetProperty("communesInService").GetInt32(), row.GetProperty("plansIssued").GetInt32()));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_portal_footer_and_the_national_home_link_to_the_open_data(Engine engine)
    {
        var app = fixture.App(engine);
        var s = await Scenario.CreateAsync(app);
        using var visitor = app.Session();
        var home = await visitor.GetPageAsync($"/x/{s.Commune.Code}");
        var link = home.QuerySelectorAll("footer a").Single(x => x.TextContent.Trim() == "Dữ liệu mở").GetAttribute("href")!;
        var page = await visitor.GetPageAsync(link);
        Assert.Contains(page.QuerySelectorAll("a"), x => x.GetAttribute("href") == OpenDataUrls.Plan(s.Commune.Code, 2026, "csv"));
        var national = await visitor.GetPageAsync("/");
        Assert.Contains(national.QuerySelectorAll("footer a"), x => x.GetAttribute("href") == OpenDataUrls.Root);
    }

    public static async Task<string> ProvinceCodeAsync(LoaAppFactory app, Scenario s)
    {
        await using var db = app.SystemDb();
        return await db.Provinces.Where(p => p.Id == s.Commune.ProvinceId).Select(p => p.Code).SingleAsync();
    }
}
