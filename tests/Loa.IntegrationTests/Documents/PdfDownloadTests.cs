using System.Net;
using System.Xml.Linq;
using AngleSharp.Html.Dom;
using Loa.Inspections;
using Loa.IntegrationTests.Infrastructure;
using Loa.IntegrationTests.Inspections;
using Loa.IntegrationTests.Reports;
using Microsoft.EntityFrameworkCore;
using UglyToad.PdfPig;

namespace Loa.IntegrationTests.Documents;

/// <summary>
/// Every export's PDF beside its .docx: the plan (with its appendix), the commune's and a unit's report and the inspection
/// record download as PDF/A-2b; another commune gets none of them; without LibreOffice the pages say that PDF needs it
/// and the .docx still downloads.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class PdfDownloadTests(AppFixture fixture)
{
    private const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_plan_the_reports_and_the_inspection_record_download_as_pdf_beside_their_docx(Engine engine)
    {
        var app = fixture.App(engine);
        var s = await Scenario.CreateAsync(app);
        var inspection = await VisitedInspectionAsync(app, s);
        using var officer = app.Session();
        await officer.LoginAsync(s.Officer.UserName!);
        using var leader = app.Session();
        await leader.LoginAsync(s.Leader.UserName!);

        var plan = await PdfLinkAsync(officer, $"/plans/details/{s.Plan.Id}");
        Assert.Equal($"/plans/export/{s.Plan.Id}?format=pdf", plan);
        var planPdf = await AssertPdfAsync(officer, plan, ".pdf");
        using (var document = PdfDocument.Open(planPdf))
        {
            var pages = document.GetPages().ToList();
            Assert.True(pages[0].Height > pages[0].Width, "the plan is portrait");
            Assert.True(pages[^1].Width > pages[^1].Height, "its appendix is landscape");
            Assert.Contains("PHỤLỤC", string.Concat(pages[^1].Letters.Select(l => l.Value)).Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }

        var commune = await PdfLinkAsync(leader, $"/reports/commune?{ReportData.Query(s, "q1")}");
        Assert.Equal($"/reports/download?{ReportData.Query(s, "q1")}&format=pdf", commune);
        await AssertPdfAsync(leader, commune, ".pdf");

        var unit = await PdfLinkAsync(officer, $"/reports/unit?{ReportData.Query(s, "q1")}&unit={s.ServiceCentre.Id}");
        await AssertPdfAsync(officer, unit, ".pdf");

        using var coordinator = app.Session();
        await coordinator.LoginAsync(s.Coordinator.UserName!);
        var record = await PdfLinkAsync(coordinator, $"/inspections/details/{inspection}");
        Assert.Equal($"/inspections/details/{inspection}?handler=RecordPdf", record);
        await AssertPdfAsync(coordinator, record, ".pdf");
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Another_commune_gets_no_pdf_of_a_communes_documents(Engine engine)
    {
        var app = fixture.App(engine);
        var a = await Scenario.CreateAsync(app);
        var b = await Scenario.CreateAsync(app, otherProvinceThan: a);
        var neighbour = await Scenario.CreateAsync(app, sameProvinceAs: b);
        var inspection = await VisitedInspectionAsync(app, b);
        string[] urls =
        [
            $"/plans/export/{b.Plan.Id}?format=pdf",
            $"/reports/download?{ReportData.Query(b, "q1")}&format=pdf",
            $"/reports/download?{ReportData.Query(b, "q1")}&unit={b.ServiceCentre.Id}&format=pdf",
            $"/reports/download?{ReportData.Query(a, "q1")}&unit={b.ServiceCentre.Id}&format=pdf",
            $"/inspections/details/{inspection}?handler=RecordPdf",
        ];

        foreach (var user in new[] { a.Coordinator, a.Leader, a.ProvinceOfficer, neighbour.Coordinator })
        {
            using var session = app.Session();
            await session.LoginAsync(user.UserName!);
            foreach (var url in urls)
            {
                var response = await session.Client.GetAsync(url);
                Assert.True(
                    response.StatusCode == HttpStatusCode.NotFound && response.Content.Headers.ContentType?.MediaType != "application/pdf",
                    $"{user.UserName} GET {url} answered {(int)response.StatusCode} {response.Content.Headers.ContentType}");
            }
        }
    }

    [Fact]
    public async Task Without_libreoffice_the_pages_say_pdf_needs_it_and_the_docx_still_downloads()
    {
        using var app = new LoaAppFactory(Engine.Sqlite, settings: new Dictionary<string, string?> { ["Loa:Pdf:Office"] = "/nonexistent/soffice" });
        var s = await Scenario.CreateAsync(app);
        var inspection = await VisitedInspectionAsync(app, s);
        using var officer = app.Session();
        await officer.LoginAsync(s.Officer.UserName!);
        using var coordinator = app.Session();
        await coordinator.LoginAsync(s.Coordinator.UserName!);
        const string Message = "Máy chủ chưa cài LibreOffice nên chưa xuất được PDF; tệp .docx vẫn tải được bình thường.";

        // The pages offering the downloads say it instead of a PDF button.
        foreach (var (session, url) in new[]
        {
            (officer, $"/plans/details/{s.Plan.Id}"),
            (officer, $"/reports/commune?{ReportData.Query(s, "q1")}"),
            (officer, $"/reports/unit?{ReportData.Query(s, "q1")}&unit={s.ServiceCentre.Id}"),
            (coordinator, $"/inspections/details/{inspection}"),
        })
        {
            var page = await session.GetPageAsync(url);
            Assert.Contains(Message, page.QuerySelector(".pdf-missing")?.TextContent ?? "", StringComparison.Ordinal);
            Assert.DoesNotContain(page.QuerySelectorAll("a"), a => a.TextContent.Contains("Tải PDF", StringComparison.Ordinal));
        }

        // Asked for directly, the PDF gives a page that says why, with the way to the .docx — which still downloads.
        foreach (var (session, url, docx) in new[]
        {
            (officer, $"/plans/export/{s.Plan.Id}?format=pdf", $"/plans/export/{s.Plan.Id}?format=docx"),
            (officer, $"/reports/download?{ReportData.Query(s, "q1")}&format=pdf", $"/reports/download?{ReportData.Query(s, "q1")}"),
            (coordinator, $"/inspections/details/{inspection}?handler=RecordPdf", $"/inspections/details/{inspection}?handler=Record"),
        })
        {
            var response = await session.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
            var page = WebSession.Parse(await response.Content.ReadAsStringAsync(), url);
            Assert.Contains(Message, page.QuerySelector(".flash.warn")!.TextContent, StringComparison.Ordinal);
            Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == docx);

            var word = await session.Client.GetAsync(docx);
            Assert.Equal(HttpStatusCode.OK, word.StatusCode);
            Assert.Equal(DocxType, word.Content.Headers.ContentType!.MediaType);
        }
    }

    /// <summary>The "Tải PDF" link of a page.</summary>
    private static async Task<string> PdfLinkAsync(WebSession session, string url)
    {
        var page = await session.GetPageAsync(url);
        Assert.Null(page.QuerySelector(".pdf-missing"));
        return page.QuerySelectorAll("a").Single(a => a.TextContent.Trim() == "Tải PDF").GetAttribute("href")!;
    }

    /// <summary>Downloads a PDF; checks its type, name, caching, and that it is PDF/A-2b on A4.</summary>
    private static async Task<byte[]> AssertPdfAsync(WebSession session, string url, string extension)
    {
        var response = await session.Client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)response.StatusCode}: {await WebSession.Text(response)}");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.StartsWith("attachment", disposition.ToString(), StringComparison.Ordinal);
        Assert.EndsWith(extension, disposition.FileNameStar ?? disposition.FileName!.Trim('"'), StringComparison.Ordinal);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
        using var document = PdfDocument.Open(bytes);
        Assert.True(document.TryGetXmpMetadata(out var xmp), "no XMP metadata");
        XNamespace id = "http://www.aiim.org/pdfa/ns/id/";
        var xml = xmp.GetXDocument();
        Assert.Equal("2", xml.Descendants(id + "part").Single().Value);
        Assert.Equal("B", xml.Descendants(id + "conformance").Single().Value);
        Assert.All(document.GetPages(), p => Assert.InRange(Math.Max(p.Width, p.Height), 841.0, 842.5));
        return bytes;
    }

    /// <summary>An inspection of the commune whose visit is recorded, so that its record can be made; returns its id.</summary>
    private static async Task<int> VisitedInspectionAsync(LoaAppFactory app, Scenario scenario)
    {
        var opened = await InspectionData.OpenAsync(app, scenario);
        await using var db = app.SystemDb();
        var inspection = await db.Inspections.SingleAsync(i => i.Id == opened.Id);
        inspection.Status = InspectionStatus.Visited;
        inspection.VisitOn = new DateOnly(2026, 6, 30);
        inspection.Inspectors = "Trần Văn Bình – Phó Giám đốc Sở Nội vụ, Trưởng đoàn";
        await db.SaveChangesAsync();
        return inspection.Id;
    }
}
