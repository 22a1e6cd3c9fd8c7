using System.Globalization;
using Loa.BrowserTests.Infrastructure;
using Loa.Demo;
using Loa.Documents;
using Loa.Domain;
using Loa.Plans;
using Loa.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Loa.BrowserTests.Journeys;

/// <summary>
/// The quý I report of Phước Tân (Đồng Nai) from the unit to the province: the service centre sends its part, the
/// coordinator consolidates and submits, the leader approves it as number 12, downloads the .docx and sends it,
/// and the province officer of Đồng Nai opens it from the notification. Quý I opens on 1 March of the plan's year
/// (2026), so it is open on any day these tests run.
/// </summary>
[Collection(LoaAppCollection.Name)]
public sealed class ReportJourneyTests(LoaAppFixture app)
{
    private const string Unit = "Trung tâm Phục vụ Hành chính công";

    [BrowserFact]
    public async Task Unit_sends_its_quarter_report_coordinator_consolidates_leader_approves_and_downloads_province_reads_it()
    {
        var planId = await app.WithSystemDbAsync(async db =>
        {
            var plan = await db.Plans.AsNoTracking().SingleAsync(p =>
                p.IssuerLocality == "Phước Tân" && p.CommuneId != null && p.Year == DemoData.Year && p.Status == PlanStatus.Issued);
            Assert.False(
                await db.CommuneReports.AnyAsync(r => r.PlanId == plan.Id && r.Period == ReportPeriodKind.Quarter1),
                "the journey starts from a quý I report nobody has begun");
            return plan.Id;
        });
        var today = VietnamTime.Today(TimeProvider.System);
        var signedOn = today.Year == DemoData.Year || today.Year == DemoData.Year + 1 ? today : new DateOnly(DemoData.Year, 12, 31);
        const string results = "Đã phát 500 tờ rơi hướng dẫn nộp hồ sơ trực tuyến và hỗ trợ 120 lượt người dân tại Trung tâm.";

        await Journey.RunAsync(app, "report-from-unit-to-province", async journey =>
        {
            var page = journey.Page;

            // The unit officer writes and sends the centre's part.
            await journey.LogInAsync("donvi.phuoctan");
            await journey.NavigateAsync("Báo cáo");
            var q1 = page.Locator($"#periods-{planId} tr[data-period='q1']");
            await q1.GetByRole(AriaRole.Link, new() { Name = "Báo cáo của đơn vị" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Báo cáo quý I năm 2026 của {Unit}" })).ToBeVisibleAsync();
            await Expect(page.Locator("#report-tasks")).ToBeVisibleAsync();
            await page.GetByLabel("Kết quả đạt được").FillAsync(results);
            await page.GetByLabel("Đề xuất, kiến nghị").FillAsync("Đề nghị bổ sung kinh phí in tờ rơi.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAsync();
            await Expect(journey.Flash).ToHaveTextAsync($"Đã gửi báo cáo quý I năm 2026 của {Unit}.");
            await Expect(journey.PlanStatusBadge).ToHaveTextAsync("Đã gửi");
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" })).ToHaveCountAsync(0);
            await LogOutAsync(page);

            // The coordinator finds the centre's words in the draft and submits it to the leader.
            await journey.LogInAsync("daumoi.phuoctan");
            await journey.NavigateAsync("Báo cáo");
            await Expect(q1).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"(^|\s)1/\d+ đã gửi"));
            await q1.GetByRole(AriaRole.Link, new() { Name = "Báo cáo tổng hợp" }).ClickAsync();
            var heading = page.GetByRole(AriaRole.Heading, new() { Name = "Báo cáo kết quả thông tin, tuyên truyền CCHC quý I năm 2026" });
            await Expect(heading).ToBeVisibleAsync();
            await Expect(page.GetByLabel("Kết quả đạt được")).ToHaveValueAsync($"{Unit}: {results}");
            await page.GetByRole(AriaRole.Button, new() { Name = "Trình lãnh đạo duyệt" }).ClickAsync();
            await Expect(journey.Flash).ToHaveTextAsync("Đã trình lãnh đạo duyệt báo cáo.");
            await Expect(journey.PlanStatusBadge).ToHaveTextAsync("Chờ lãnh đạo duyệt");
            await LogOutAsync(page);

            // The leader approves it as number 12, downloads it and sends it to the province.
            await journey.LogInAsync("lanhdao.phuoctan");
            await journey.NavigateAsync("Báo cáo");
            await q1.GetByRole(AriaRole.Link, new() { Name = "Báo cáo tổng hợp" }).ClickAsync();
            await page.GetByLabel("Số báo cáo").FillAsync("12");
            await page.GetByLabel("Ngày ký").FillAsync(signedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            await page.GetByRole(AriaRole.Button, new() { Name = "Duyệt báo cáo" }).ClickAsync();
            await Expect(journey.Flash).ToHaveTextAsync("Đã duyệt báo cáo số 12/BC-UBND. Bước tiếp theo: gửi tỉnh.");
            await Expect(journey.PlanStatusBadge).ToHaveTextAsync("Đã duyệt");

            var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Tải báo cáo (.docx)" }).ClickAsync());
            Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
            var path = await download.PathAsync();
            var bytes = await File.ReadAllBytesAsync(path);
            Assert.Equal("PK"u8.ToArray(), bytes[..2]);
            var lines = DocxText.Paragraphs(bytes).SelectMany(p => p.Split('\n', '\t')).Select(l => l.Trim()).ToList();
            Assert.Contains("BÁO CÁO", lines);
            Assert.Contains("Số: 12/BC-UBND", lines);
            Assert.Contains("Kết quả công tác thông tin, tuyên truyền cải cách hành chính quý I năm 2026", lines);
            Assert.Contains(lines, l => l.StartsWith("Kính gửi: Sở Nội vụ", StringComparison.Ordinal));
            Assert.Contains("- Như trên;", lines);

            await page.GetByRole(AriaRole.Button, new() { Name = "Gửi tỉnh" }).ClickAsync();
            await Expect(journey.Flash).ToContainTextAsync("Đã gửi báo cáo quý I năm 2026 tới Sở Nội vụ");
            await Expect(journey.PlanStatusBadge).ToHaveTextAsync("Đã gửi tỉnh");
            await LogOutAsync(page);

            // The province officer opens it from the notification: sent, numbered, read-only.
            await journey.LogInAsync(DemoData.ProvinceOfficerUserName);
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Chức năng" }).Locator("a[href='/notifications']").ClickAsync();
            var notice = page.Locator("ul.notifications li").Filter(new() { HasText = "đã gửi báo cáo quý I năm 2026" });
            await Expect(notice).ToHaveCountAsync(1);
            await notice.GetByRole(AriaRole.Button).ClickAsync();
            await journey.ExpectPathAsync($@"/reports/commune\?plan={planId}&period=q1");
            await Expect(journey.PlanStatusBadge).ToHaveTextAsync("Đã gửi tỉnh");
            await Expect(page.GetByText("Số 12/BC-UBND")).ToBeVisibleAsync();
            await Expect(page.GetByLabel("Kết quả đạt được")).ToHaveValueAsync($"{Unit}: {results}");
            await Expect(page.GetByLabel("Kết quả đạt được")).Not.ToBeEditableAsync();
            await Expect(page.Locator("main button[type=submit]")).ToHaveCountAsync(0);
        });
    }

    private static async Task LogOutAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" })).ToHaveCountAsync(0);
    }
}
