using System.Net;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Plans;

/// <summary>
/// Plans made by LibreOffice (a .docx whose task table is tab-separated paragraphs, a PDF with a text layer, a scanned
/// PDF), uploaded as a commune officer would: the review page shows what was read and says what was lost beside the
/// source; a scan gets a clear message and leaves nothing behind. The files are those of the unit tests' fixtures.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class ImportFromProducersTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_libreoffice_docx_and_a_pdf_show_their_tasks_and_recipients_and_the_pdf_is_saved_as_a_draft(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        using var session = app.Session();
        await session.LoginAsync(scenario.Coordinator.UserName!);

        var docx = await ReviewAsync(session, "hung-phu-2026.libreoffice.docx");
        Assert.Contains("Nhiệm vụ trọng tâm (8)", docx.Text(), StringComparison.Ordinal);
        Assert.Contains("Nơi nhận (7)", docx.Text(), StringComparison.Ordinal);
        Assert.Empty(docx.QuerySelectorAll(".import-finding"));

        var pdf = await ReviewAsync(session, "canh-vinh-2026.table.pdf");
        Assert.Contains("Nhiệm vụ trọng tâm (7)", pdf.Text(), StringComparison.Ordinal);
        Assert.Contains("Nơi nhận (6)", pdf.Text(), StringComparison.Ordinal);
        Assert.Contains(pdf.QuerySelectorAll(".source-lines li"), l => l.TextContent.StartsWith("4.2\tVề nội dung cải cách thủ tục hành chính\t", StringComparison.Ordinal));

        var created = await session.SubmitAsync(pdf, "form", new() { ["Confirmed"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        await using var db = app.SystemDb();
        var plan = await db.Plans.Include(p => p.Tasks).SingleAsync(p => p.CommuneId == scenario.Commune.Id && p.Id != scenario.Plan.Id);
        Assert.Equal(11, plan.Tasks.Count);
        Assert.Equal(6, plan.Recipients.Count);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_plan_without_a_task_table_is_told_so_beside_the_source(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        using var session = app.Session();
        await session.LoginAsync(scenario.Coordinator.UserName!);

        // Phước Tân's text names an appendix of tasks that is not in the file.
        var review = await ReviewAsync(session, "phuoc-tan-2026.libreoffice.docx");
        var finding = Assert.Single(review.QuerySelectorAll(".source .import-finding"));
        Assert.StartsWith("Không tìm thấy bảng nhiệm vụ trong tệp", finding.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("Nhiệm vụ trọng tâm (0)", review.Text(), StringComparison.Ordinal);

        // Rows without a header row: named, and their source lines marked.
        var rows = "UBND XÃ AN BÌNH\nKẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2026\n\nI. NỘI DUNG\n\n"
            + "1\tTuyên truyền trên loa truyền thanh\tVăn phòng\tHằng tháng\n2\tPano, áp phích\tVăn phòng\tQuý II\n\n"
            + "Nơi nhận:\n- UBND huyện;\n- Lưu: VT.\n";
        var form = await session.GetPageAsync("/plans/import");
        var read = await session.SubmitAsync(form, "form", [], [("Upload", "an-binh.txt", System.Text.Encoding.UTF8.GetBytes(rows))]);
        var page = WebSession.Parse(await read.Content.ReadAsStringAsync(), "/plans/import");
        var lost = Assert.Single(page.QuerySelectorAll(".import-finding"));
        Assert.Contains("2 đoạn văn trông như một hàng của bảng", lost.TextContent, StringComparison.Ordinal);
        Assert.Contains("Tuyên truyền trên loa truyền thanh", lost.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, page.QuerySelectorAll(".source-lines li.suspect").Length);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_scanned_pdf_gets_a_clear_message_and_saves_nothing(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        using var session = app.Session();
        await session.LoginAsync(scenario.Coordinator.UserName!);

        var form = await session.GetPageAsync("/plans/import");
        Assert.Contains(".pdf", form.QuerySelector("#Upload")!.GetAttribute("accept"), StringComparison.Ordinal);
        var response = await session.SubmitAsync(form, "form", [], [("Upload", "ke-hoach-scan.pdf", Fixture("scanned.pdf"))]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = WebSession.Parse(await response.Content.ReadAsStringAsync(), "/").ValidationErrors();
        Assert.Contains(errors, e => e.StartsWith("Tệp PDF này là bản chụp, không có lớp chữ", StringComparison.Ordinal));
        await using var db = app.SystemDb();
        Assert.Equal(1, await db.Plans.CountAsync(p => p.CommuneId == scenario.Commune.Id));
        Assert.Equal(3, await db.Units.CountAsync(u => u.CommuneId == scenario.Commune.Id));
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> ReviewAsync(WebSession session, string file)
    {
        var form = await session.GetPageAsync("/plans/import");
        var read = await session.SubmitAsync(form, "form", [], [("Upload", file, Fixture(file))]);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        return WebSession.Parse(await read.Content.ReadAsStringAsync(), "/plans/import");
    }

    private static byte[] Fixture(string name)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Loa.slnx")))
        {
            directory = directory.Parent;
        }

        return File.ReadAllBytes(Path.Combine(directory!.FullName, "tests", "Loa.UnitTests", "Plans", "Import", "Fixtures", name));
    }
}
