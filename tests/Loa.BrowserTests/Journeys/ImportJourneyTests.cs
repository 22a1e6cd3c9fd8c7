using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Loa.BrowserTests.Infrastructure;
using Loa.Demo;
using Loa.Documents;
using Loa.Plans.Import;
using Loa.Plans.Parsing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Loa.BrowserTests.Journeys;

/// <summary>
/// Canh Vinh's coordinator imports the commune's plan from Word, places the one line the importer could not, and downloads the
/// official .docx.
/// </summary>
[Collection(LoaAppCollection.Name)]
public sealed class ImportJourneyTests(LoaAppFixture app)
{
    private const string StrayLine = "Ghi chú nội bộ: bản trình ký lần 2";

    [BrowserFact]
    public Task Coordinator_imports_a_Word_plan_fixes_an_unplaced_line_and_downloads_the_docx() =>
        Journey.RunAsync(app, "coordinator-imports-a-word-plan", async journey =>
        {
            var page = journey.Page;
            var word = WordFileWithAStrayLine();

            await journey.LogInAsync("daumoi.canhvinh");
            await journey.NavigateAsync("Kế hoạch");
            await page.GetByRole(AriaRole.Link, new() { Name = "Nhập từ văn bản (Word, văn bản)" }).ClickAsync();
            await page.GetByLabel("Tệp kế hoạch").SetInputFilesAsync(new FilePayload
            {
                Name = "ke-hoach-canh-vinh-2026.docx",
                MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                Buffer = word,
            });
            await page.GetByRole(AriaRole.Button, new() { Name = "Đọc kế hoạch" }).ClickAsync();

            // The review: the source beside what was recognised, and the one line that found no place.
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hệ thống đã nhận ra" })).ToBeVisibleAsync();
            await Expect(page.Locator(".recognised")).ToContainTextAsync("Tuyên truyền công tác cải cách hành chính xã Canh Vinh năm 2026");
            await Expect(page.Locator(".recognised")).ToContainTextAsync("Nhiệm vụ trọng tâm (7)");
            var unplaced = page.Locator("#unplaced");
            await Expect(unplaced).ToContainTextAsync(StrayLine);
            await journey.ScreenshotAsync("import-review");

            // Creating without deciding is refused; deciding lets it through.
            await page.GetByRole(AriaRole.Button, new() { Name = "Tạo dự thảo kế hoạch" }).ClickAsync();
            await Expect(page.Locator(".validation-summary-errors")).ToContainTextAsync("chưa được xử lý");
            await page.Locator("#unplaced select").First.SelectOptionAsync(new SelectOptionValue { Label = "Bỏ qua, không phải nội dung kế hoạch" });

            // Canh Vinh already has its plan of 2026: a second one is made only once the officer confirms.
            await Expect(page.Locator(".creation-warnings")).ToContainTextAsync("đã có một kế hoạch năm 2026");
            await page.GetByLabel("Tôi đã đọc cảnh báo trên và vẫn muốn tạo kế hoạch này").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Tạo dự thảo kế hoạch" }).ClickAsync();

            await journey.ExpectPathAsync(@"/plans/details/\d+");
            await Expect(journey.Flash).ToContainTextAsync("Đã tạo dự thảo từ văn bản: 7 nhiệm vụ");
            await Expect(journey.PlanStatusBadge.First).ToHaveTextAsync("Dự thảo");

            // The official document comes back out, and reads as the same plan.
            var download = await page.RunAndWaitForDownloadAsync(() =>
                page.GetByRole(AriaRole.Link, new() { Name = "Văn bản Word (.docx) theo Nghị định 30" }).ClickAsync());
            Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
            var path = await download.PathAsync();
            var exported = PlanImporter.Import(await File.ReadAllBytesAsync(path), download.SuggestedFilename).Plan;
            Assert.Equal("Tuyên truyền công tác cải cách hành chính xã Canh Vinh năm 2026", exported.Title);
            Assert.Equal(7, exported.Tasks.Count);
            Assert.Empty(exported.Unplaced);
            var paragraphs = DocxText.Paragraphs(new MemoryStream(await File.ReadAllBytesAsync(path)));
            Assert.DoesNotContain(StrayLine, string.Join('\n', paragraphs), StringComparison.Ordinal);
        });

    /// <summary>Canh Vinh's plan as Word, with a note typed after the signature that belongs to no part of the plan.</summary>
    private static byte[] WordFileWithAStrayLine()
    {
        var bytes = PlanDocxWriter.Write(PlanTextParser.Parse(DemoPlanTexts.Read("canh-vinh-2026.txt")));
        using var stream = new MemoryStream();
        stream.Write(bytes);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            var body = document.MainDocumentPart!.Document.Body!;
            var signature = body.Elements<Table>().Last(t => t.InnerText.Contains("Nơi nhận", StringComparison.Ordinal));
            signature.InsertAfterSelf(new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(StrayLine))));
            document.MainDocumentPart.Document.Save();
        }

        return stream.ToArray();
    }
}
