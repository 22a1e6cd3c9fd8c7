using System.Net;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Reports;

/// <summary>The commune's and a unit's report as the official .docx.</summary>
[Collection(AppCollection.Name)]
public sealed class ReportDownloadTests(AppFixture fixture)
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_commune_report_downloads_as_a_word_document_to_the_province(Engine engine)
    {
        var app = fixture.App(engine);
        var s = await Scenario.CreateAsync(app);
        using var leader = app.Session();
        await leader.LoginAsync(s.Leader.UserName!);

        var page = await leader.GetPageAsync($"/reports/commune?{ReportData.Query(s, "q1")}");
        var link = page.QuerySelectorAll("a").Single(a => a.TextContent.Contains("Tải báo cáo (.docx)", StringComparison.Ordinal)).GetAttribute("href")!;
        Assert.Equal($"/reports/download?{ReportData.Query(s, "q1")}", link);
        var response = await leader.Client.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DocxType, response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("attachment", response.Content.Headers.ContentDisposition!.ToString(), StringComparison.Ordinal);
        var disposition = response.Content.Headers.ContentDisposition;
        Assert.EndsWith(".docx", disposition.FileNameStar ?? disposition.FileName!.Trim('"'), StringComparison.Ordinal);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
        await using var db = app.SystemDb();
        var province = await db.Provinces.SingleAsync(p => p.Id == s.Commune.ProvinceId);
        var paragraphs = ReportData.DocxParagraphs(bytes);
        Assert.Contains("BÁO CÁO", paragraphs);
        Assert.Contains("Kết quả công tác thông tin, tuyên truyền cải cách hành chính quý I năm 2026", paragraphs);
        Assert.Contains($"Kính gửi: Sở Nội vụ {province.Kind} {province.Locality}.", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("Nơi nhận", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Trim() == "- Như trên;");
        Assert.Contains(paragraphs, p => p.Contains(s.ClipsTask.Name, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_units_report_downloads_as_a_word_document_to_the_commune(Engine engine)
    {
        var app = fixture.App(engine);
        var s = await Scenario.CreateAsync(app);
        using var officer = app.Session();
        await officer.LoginAsync(s.Officer.UserName!);

        var page = await officer.GetPageAsync($"/reports/unit?{ReportData.Query(s, "q1")}&unit={s.ServiceCentre.Id}");
        var link = page.QuerySelectorAll("a").Single(a => a.TextContent.Contains("Tải báo cáo (.docx)", StringComparison.Ordinal)).GetAttribute("href")!;
        var response = await officer.Client.GetAsync(link);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(DocxType, response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("PK"u8.ToArray(), bytes[..2]);
        var paragraphs = ReportData.DocxParagraphs(bytes);
        Assert.Contains("BÁO CÁO", paragraphs);
        Assert.Contains(
            $"Kết quả công tác thông tin, tuyên truyền cải cách hành chính quý I năm 2026 của {s.ServiceCentre.Name}", paragraphs);
        Assert.Contains($"Kính gửi: {s.Plan.IssuerName}.", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("Nơi nhận", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Trim() == "- Như trên;");
        Assert.Contains(paragraphs, p => p.Contains(s.ClipsTask.Name, StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.Contains(s.ArticlesTask.Name, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Unknown_periods_plans_and_units_are_not_found(Engine engine)
    {
        var app = fixture.App(engine);
        var s = await Scenario.CreateAsync(app);
        var other = await Scenario.CreateAsync(app, sameProvinceAs: s);
        using var coordinator = app.Session();
        await coordinator.LoginAsync(s.Coordinator.UserName!);

        string[] missing =
        [
            $"/reports/download?{ReportData.Query(s, "q5")}",
            $"/reports/download?plan={s.Plan.Id}",
            $"/reports/download?plan=987654321&period=q1",
            $"/reports/download?{ReportData.Query(s, "q1")}&unit={other.Culture.Id}",
            $"/reports/download?{ReportData.Query(other, "q1")}",
        ];
        foreach (var url in missing)
        {
            Assert.True((await coordinator.Client.GetAsync(url)).StatusCode == HttpStatusCode.NotFound, url);
        }
    }
}
