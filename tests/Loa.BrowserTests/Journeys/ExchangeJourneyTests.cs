using System.Security.Cryptography;
using Loa.BrowserTests.Infrastructure;
using Loa.Demo;
using Loa.Documents.Records;
using Loa.Exchange;
using Loa.Plans;
using Loa.Web.Infrastructure.Exchange;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Loa.BrowserTests.Journeys;

/// <summary>
/// Phước Tân's leader sends its signed plan to Đồng Nai through the exchange (the demo's mock hub); after the exchange's
/// turns the province's officer finds it in the inbox, attached to the commune, and opens the signed PDF's package.
/// </summary>
[Collection(LoaAppCollection.Name)]
public sealed class ExchangeJourneyTests(LoaAppFixture app)
{
    [BrowserFact]
    public async Task Leader_sends_the_signed_plan_through_the_mock_hub_and_the_province_finds_it_attached()
    {
        var number = $"{RandomNumberGenerator.GetInt32(100, 999)}/KH-UBND";
        var documentId = await app.WithSystemDbAsync(async db =>
        {
            var plan = await db.Plans.AsNoTracking().SingleAsync(p =>
                p.IssuerLocality == "Phước Tân" && p.CommuneId != null && p.Year == DemoData.Year && p.Status == PlanStatus.Issued);
            var stored = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            var document = new OfficialDocument
            {
                ProvinceId = plan.ProvinceId,
                CommuneId = plan.CommuneId,
                Kind = OfficialDocumentKind.Plan,
                SubjectId = plan.Id,
                Number = number,
                IssuedOn = new DateOnly(DemoData.Year, 1, 20),
                Title = $"Kế hoạch tuyên truyền cải cách hành chính năm {DemoData.Year}",
                SignerName = "Nguyễn Văn An",
                SignerTitle = "CHỦ TỊCH",
                State = OfficialDocumentState.SignedByAll,
                CreatedAt = DateTime.UtcNow,
                SignedAt = DateTime.UtcNow,
                Files = [new OfficialDocumentFile { Role = OfficialDocumentFileRole.Main, Order = 1, FileName = "KH-2026.pdf", IssuedFile = stored, SignedFile = stored }],
            };
            db.OfficialDocuments.Add(document);
            await db.SaveChangesAsync();
            var path = ExchangeFiles.DocumentPath(app.DataPath, document, stored);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray());
            return document.Id;
        });

        await Journey.RunAsync(app, "exchange-send-to-province", async journey =>
        {
            var page = journey.Page;
            await journey.LogInAsync("lanhdao.phuoctan");
            await page.GotoAsync("/exchange");
            await page.GetByRole(AriaRole.Link, new() { Name = number, Exact = false }).ClickAsync();
            await journey.ExpectPathAsync($"/exchange/send/{documentId}");
            await journey.ScreenshotAsync("exchange-send");
            await page.GetByRole(AriaRole.Button, new() { Name = "Gửi lên tỉnh qua trục liên thông" }).ClickAsync();
            await Expect(journey.Flash).ToContainTextAsync($"Đã đóng gói văn bản {number}");
            await Expect(page.Locator("main")).ToContainTextAsync("Chờ gửi");

            var worker = app.Services.GetRequiredService<ExchangeWorker>();
            await worker.RunOnceAsync(CancellationToken.None);
            await worker.RunOnceAsync(CancellationToken.None);
            await page.ReloadAsync();
            await Expect(page.Locator("main")).ToContainTextAsync("Nơi nhận đã xác nhận");
            await journey.ScreenshotAsync("exchange-sent-acknowledged");

            await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
            await journey.LogInAsync("tinh.dongnai");
            await page.GotoAsync("/exchange");
            var row = page.Locator("tr", new() { HasText = number });
            await Expect(row).ToContainTextAsync("Đã gắn vào hồ sơ của xã");
            await Expect(row).ToContainTextAsync("Phước Tân");
            await journey.ScreenshotAsync("exchange-province-inbox");
            await row.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
            await Expect(page.Locator("main")).ToContainTextAsync("KH-2026.pdf");
            await journey.ScreenshotAsync("exchange-province-message");
        });

        await Journey.RunAsync(app, "exchange-phone", new ViewportSize { Width = 400, Height = 900 }, async journey =>
        {
            await journey.LogInAsync("tinh.dongnai");
            await journey.Page.GotoAsync("/exchange");
            await Expect(journey.Page.Locator("tr", new() { HasText = number })).ToBeVisibleAsync();
            await journey.ScreenshotAsync("exchange-province-inbox-phone");
        });
    }
}
