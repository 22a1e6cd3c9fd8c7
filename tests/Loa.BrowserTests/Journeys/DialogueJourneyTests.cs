using Loa.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Loa.BrowserTests.Journeys;

/// <summary>
/// Phước Tân's dialogues on a 400 px phone: the coordinator schedules a dialogue and announces it; a citizen asks on the
/// portal and gets a receipt number; the coordinator groups the question under a topic and answers it. The dialogue held
/// yesterday: the coordinator records its minutes, the leader approves and publishes them, and the portal shows the
/// minutes and the answers without the askers.
/// </summary>
[Collection(LoaAppCollection.Name)]
public sealed class DialogueJourneyTests(LoaAppFixture app)
{
    private const string Subject = "Đối thoại về thủ tục cấp giấy khai sinh trực tuyến (hành trình thử)";
    private const string Question = "Xin hỏi đăng ký khai sinh trực tuyến cho con thì bao lâu nhận được bản giấy?";
    private const string Asker = "Phan Thị Kim Yến";
    private const string Answer = "Kết quả được trả trong ngày; bản giấy nhận tại Bộ phận Một cửa hoặc qua bưu điện.";
    private const string HeldSubject = "Hỗ trợ doanh nghiệp thực hiện thủ tục đầu tư, xây dựng";

    [BrowserFact]
    public Task Coordinator_schedules_citizen_asks_coordinator_answers_leader_publishes_the_minutes() =>
        Journey.RunAsync(app, "dialogue-phone", new ViewportSize { Width = 400, Height = 900 }, async journey =>
        {
            var page = journey.Page;

            // The coordinator schedules and announces a dialogue.
            await journey.LogInAsync("daumoi.phuoctan");
            await page.GotoAsync("/dialogues");
            await page.GetByRole(AriaRole.Link, new() { Name = "Lên lịch đối thoại, hội nghị" }).ClickAsync();
            await page.GetByLabel("Chủ đề").FillAsync(Subject);
            await page.GetByLabel("Địa điểm").FillAsync("Hội trường UBND phường");
            await page.Locator("#Input_ChairId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await page.Locator("#Input_TaskId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await journey.ScreenshotAsync("dialogue-schedule-phone");
            await page.GetByRole(AriaRole.Button, new() { Name = "Lên lịch", Exact = true }).ClickAsync();
            await Expect(journey.Flash).ToContainTextAsync("Đã lên lịch");
            await page.GetByRole(AriaRole.Button, new() { Name = "Thông báo trên cổng thông tin" }).ClickAsync();
            await Expect(page.Locator("#dialogue-status")).ToHaveTextAsync("Đã thông báo");
            var portalPage = await page.GetByRole(AriaRole.Link, new() { Name = "Xem trang công khai" }).GetAttributeAsync("href");
            var portal = portalPage![..portalPage!.IndexOf("/dialogues", StringComparison.Ordinal)];
            await LogOutAsync(page);

            // A citizen finds it on the portal and asks.
            await page.GotoAsync($"{portal}/dialogues");
            await page.GetByRole(AriaRole.Link, new() { Name = Subject }).ClickAsync();
            await page.Locator("#Input_Content").FillAsync(Question);
            await page.Locator("#Input_Name").FillAsync(Asker);
            await page.Locator("#Input_Phone").FillAsync("0938 246 135");
            await page.Locator("#Input_Address").FillAsync("Số 7 đường Hương lộ 2, khu phố 4");
            await Expect(page.Locator("#Input_Consent")).Not.ToBeCheckedAsync();
            await page.Locator("#Input_Consent").CheckAsync();
            await journey.ScreenshotAsync("dialogue-portal-question-phone");
            await page.WaitForTimeoutAsync(3500); // a person takes a moment to fill the form in (the anti-automation check)
            await page.GetByRole(AriaRole.Button, new() { Name = "Gửi câu hỏi" }).ClickAsync();
            await Expect(page.Locator("#question-number")).ToHaveTextAsync("1");

            // The coordinator groups it under a topic and answers.
            await journey.LogInAsync("daumoi.phuoctan");
            await page.GotoAsync("/dialogues");
            await page.GetByRole(AriaRole.Link, new() { Name = Subject }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Xem, xếp nhóm và trả lời" }).ClickAsync();
            await Expect(page.Locator(".asker")).ToContainTextAsync(Asker);
            await page.GetByLabel("Chọn câu hỏi số 1").CheckAsync();
            await page.GetByLabel("hoặc chủ đề mới").FillAsync("Đăng ký khai sinh trực tuyến");
            await page.GetByRole(AriaRole.Button, new() { Name = "Xếp vào chủ đề" }).ClickAsync();
            await page.GetByLabel("Câu trả lời").FillAsync(Answer);
            await page.GetByRole(AriaRole.Button, new() { Name = "Lưu chủ đề" }).ClickAsync();
            await Expect(journey.Flash).ToContainTextAsync("Đã lưu chủ đề");
            await journey.ScreenshotAsync("dialogue-questions-phone");

            // Yesterday's dialogue: the coordinator records the minutes.
            await page.GotoAsync("/dialogues");
            await page.GetByRole(AriaRole.Link, new() { Name = HeldSubject }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Ghi, sửa biên bản" }).ClickAsync();
            await page.GetByLabel("Tổng số người tham dự").FillAsync("85");
            await page.GetByLabel("Trong đó người dân").FillAsync("40");
            await page.GetByLabel("Đại diện doanh nghiệp").FillAsync("38");
            await page.GetByLabel("Kết luận của chủ trì").FillAsync("Phòng Kinh tế công khai quy trình cấp giấy phép xây dựng trên cổng thông tin trong tuần.");
            var photo = TinyPng.Create(40, 30, (x, y) => ((byte)(x * 6), 120, (byte)(y * 8)));
            await page.Locator("#Files").SetInputFilesAsync(new FilePayload { Name = "hoi-truong.png", MimeType = "image/png", Buffer = photo });
            await page.GetByRole(AriaRole.Button, new() { Name = "Lưu biên bản" }).ClickAsync();
            await Expect(journey.Flash).ToContainTextAsync("Đã lưu biên bản");
            await journey.ScreenshotAsync("dialogue-minutes-phone");
            await LogOutAsync(page);

            // The leader approves and publishes.
            await journey.LogInAsync("lanhdao.phuoctan");
            await page.GotoAsync("/dialogues");
            await page.GetByRole(AriaRole.Link, new() { Name = HeldSubject }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Duyệt biên bản" }).ClickAsync();
            await Expect(page.Locator("#dialogue-status")).ToHaveTextAsync("Biên bản đã duyệt");
            await page.GetByRole(AriaRole.Button, new() { Name = "Công khai biên bản trên cổng" }).ClickAsync();
            await Expect(page.Locator("#dialogue-status")).ToHaveTextAsync("Đã công khai biên bản");
            await LogOutAsync(page);

            // The portal shows the minutes and the answers, never the askers.
            await page.GotoAsync($"{portal}/dialogues");
            await page.GetByRole(AriaRole.Link, new() { Name = HeldSubject }).ClickAsync();
            var minutes = page.Locator("#bien-ban");
            await Expect(minutes).ToContainTextAsync("85");
            await Expect(minutes).ToContainTextAsync("Thời gian cấp giấy phép xây dựng");
            await Expect(minutes).ToContainTextAsync("Phòng Kinh tế công khai quy trình");
            await Expect(page.Locator("main")).Not.ToContainTextAsync("0918 445 566");
            await Expect(page.Locator("main")).Not.ToContainTextAsync("Lê Văn Phúc");
            await journey.ScreenshotAsync("dialogue-portal-minutes-phone");
        });

    private static async Task LogOutAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" })).ToHaveCountAsync(0);
    }
}
