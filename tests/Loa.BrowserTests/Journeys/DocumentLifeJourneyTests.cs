using System.Globalization;
using Loa.BrowserTests.Infrastructure;
using Loa.Demo.Signing;
using Loa.Documents.Records;
using Loa.Domain;
using Loa.Exchange;
using Loa.TestSigning;
using Loa.Web.Infrastructure.Exchange;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Loa.BrowserTests.Journeys;

/// <summary>
/// The whole life of a plan in the demo: Phước Tân's leader issues it, signs the plan and its appendix with the test signer
/// (the local agent), sends it to Đồng Nai through the exchange (the demo's mock hub), and the province's officer finds it in
/// the inbox, attached to the commune, with the signed PDFs Loa verified.
/// </summary>
[Collection(LoaAppCollection.Name)]
public sealed class DocumentLifeJourneyTests(LoaAppFixture app)
{
    [BrowserFact]
    public async Task Leader_issues_signs_and_sends_a_plan_and_the_province_receives_it_through_the_mock_hub()
    {
        var today = VietnamTime.Today(TimeProvider.System);
        var planId = await ApprovedPlans.ArrangeAsync(app, "lanhdao.phuoctan", today.Year + 3);
        var folder = Path.Combine(app.DataPath, DemoSigning.FolderName);
        await using var agent = new TestAgent(TestAuthority.Load(folder).LoadIdentity(folder, "lanhdao.phuoctan"));
        await agent.StartAsync(0);
        const string number = "31/KH-UBND";

        await Journey.RunAsync(app, "document-life", async journey =>
        {
            var page = journey.Page;
            await journey.LogInAsync("lanhdao.phuoctan");
            await page.GotoAsync($"/plans/issue/{planId}");
            await page.GetByLabel("Số văn bản").FillAsync("31");
            await page.GetByLabel("Ngày ban hành").FillAsync($"{today.Year + 2}-12-20");
            await page.GetByRole(AriaRole.Button, new() { Name = "Ban hành", Exact = true }).ClickAsync();
            await journey.ExpectPathAsync($"/plans/details/{planId}");

            await page.GetByRole(AriaRole.Link, new() { Name = "Ký số", Exact = true }).ClickAsync();
            await journey.ExpectPathAsync(@"/signing/document/\d+");
            await page.GetByLabel("Cổng của phần mềm ký số trên máy").FillAsync(agent.Port.ToString(CultureInfo.InvariantCulture));
            await page.GetByRole(AriaRole.Button, new() { Name = "Ký số", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bản đã ký số" })).ToBeVisibleAsync(new() { Timeout = 90_000 });

            await page.GotoAsync($"/plans/details/{planId}");
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Xem bản đã ký số" })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Xem phụ lục đã ký số" })).ToBeVisibleAsync();
            await journey.ScreenshotAsync("plan-signed");
            await page.GetByRole(AriaRole.Link, new() { Name = "Gửi lên tỉnh qua trục liên thông" }).ClickAsync();
            await journey.ExpectPathAsync(@"/exchange/send/\d+");
            await page.GetByRole(AriaRole.Button, new() { Name = "Gửi lên tỉnh qua trục liên thông" }).ClickAsync();
            await Expect(journey.Flash).ToContainTextAsync($"Đã đóng gói văn bản {number}");

            var worker = app.Services.GetRequiredService<ExchangeWorker>();
            await worker.RunOnceAsync(CancellationToken.None);
            await worker.RunOnceAsync(CancellationToken.None);
            await page.ReloadAsync();
            await Expect(page.Locator("main")).ToContainTextAsync("Nơi nhận đã xác nhận");

            await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
            await journey.LogInAsync("tinh.dongnai");
            await page.GotoAsync("/exchange");
            var row = page.Locator("tr", new() { HasText = number });
            await Expect(row).ToContainTextAsync("Đã gắn vào hồ sơ của xã");
            await Expect(row).ToContainTextAsync("Phước Tân");
            await row.GetByRole(AriaRole.Link, new() { Name = number }).ClickAsync();
            await journey.ScreenshotAsync("province-received");
        });

        // What reached the province is what the leader signed: the package's PDFs are the signed files, byte for byte.
        await app.WithSystemDbAsync(async db =>
        {
            var document = await db.OfficialDocuments.Include(d => d.Files)
                .SingleAsync(d => d.Kind == OfficialDocumentKind.Plan && d.SubjectId == planId);
            Assert.Equal(OfficialDocumentState.SignedByAll, document.State);
            Assert.Equal(2, document.Files.Count(f => f.SignedSha256 != null));
            var incoming = await db.ExchangeMessages.SingleAsync(m => m.Direction == ExchangeDirection.Incoming && m.Number == number);
            var package = EdxmlReader.Read(await File.ReadAllBytesAsync(ExchangeFiles.PackagePath(app.DataPath, incoming.PackageFile))).Package;
            Assert.NotNull(package);
            Assert.Equal(
                document.Files.Select(f => f.SignedSha256).Order(),
                package.Attachments.Select(a => Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(a.Content))).Order());
            return 0;
        });
    }
}
