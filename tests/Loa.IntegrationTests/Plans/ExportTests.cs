using System.Net;
using Loa.IntegrationTests.Infrastructure;
using Loa.Plans.Import;

namespace Loa.IntegrationTests.Plans;

/// <summary>The plan leaves as the official .docx (and its PDF: PdfDownloadTests), its JSON, and its task table as .xlsx and .csv.</summary>
[Collection(AppCollection.Name)]
public sealed class ExportTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_plan_page_offers_the_official_docx_and_the_task_table(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app);
        using var session = app.Session();
        await session.LoginAsync(scenario.Officer.UserName!);
        var page = await session.GetPageAsync($"/plans/details/{scenario.Plan.Id}");
        var links = page.QuerySelectorAll("a[href^='/plans/export/']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(["docx", "pdf", "xlsx", "csv", "json"], links.Select(l => l.Split("format=")[1]));

        var docx = await session.Client.GetAsync(links.Single(l => l.EndsWith("docx", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType!.MediaType);
        var locality = string.Join('-', Loa.Text.VietnameseText.FoldWords(scenario.Commune.Locality).Split(' '));
        Assert.EndsWith(
            "07-kh-ubnd-" + locality + "-2026.docx", docx.Content.Headers.ContentDisposition!.FileName!.Trim('"'), StringComparison.Ordinal);
        var back = PlanImporter.Import(await docx.Content.ReadAsByteArrayAsync(), "ke-hoach.docx").Plan;
        Assert.Equal(scenario.Plan.Title, back.Title);
        Assert.Equal("07/KH-UBND", back.Number);
        Assert.Equal([scenario.ArticlesTask.Name, scenario.ClipsTask.Name], back.Tasks.Select(t => t.Name));

        var csv = await session.Client.GetAsync(links.Single(l => l.EndsWith("csv", StringComparison.Ordinal)));
        var text = System.Text.Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("\uFEFF", text, StringComparison.Ordinal);
        Assert.Contains(scenario.ClipsTask.Name, text, StringComparison.Ordinal);
        var xlsx = await session.Client.GetAsync(links.Single(l => l.EndsWith("xlsx", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        Assert.Equal((byte)'P', (await xlsx.Content.ReadAsByteArrayAsync())[0]);
        var json = await session.Client.GetStringAsync(links.Single(l => l.EndsWith("json", StringComparison.Ordinal)));
        Assert.Equal(scenario.Plan.Title, Loa.Plans.PlanJson.Deserialize(json).Title);
    }
}
