using Loa.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Loa.BrowserTests.Journeys;

/// <summary>
/// A citizen of Hưng Phú (Cần Thơ) sends feedback on the commune's portal and keeps the tracking code; the coordinator
/// gives it to the culture office, whose officer answers; the leader approves and publishes it; the citizen reads the
/// answer by the code, and finds it on the portal without their name.
/// </summary>
[Collection(LoaAppCollection.Name)]
public sealed class FeedbackJourneyTests(LoaAppFixture app)
{
    private const string Portal = "/x/31201";
    private const string Subject = "Đề nghị lắp đèn chiếu sáng hẻm 12 (hành trình thử)";
    private const string CitizenName = "Trương Văn Lực";
    private const string Answer = "Phòng Văn hóa – Xã hội đã chuyển đề nghị đến đơn vị quản lý chiếu sáng; đèn sẽ được lắp trong tháng này.";

    [BrowserFact]
    public Task Citizen_sends_feedback_staff_answer_it_citizen_reads_the_answer_by_code() =>
        Journey.RunAsync(app, "citizen-feedback-answered", async journey =>
        {
            var page = journey.Page;

            // The citizen: not a complaint; the form; the code.
            await page.GotoAsync(Portal);
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Mục của cổng thông tin" })
                .GetByRole(AriaRole.Link, new() { Name = "Phản ánh, kiến nghị" })
                .ClickAsync();
            await page.GetByLabel("Không, đây là phản ánh, kiến nghị").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Tiếp tục" }).ClickAsync();
            await page.Locator("#Input_Subject").FillAsync(Subject);
            await page.Locator("#Input_Content").FillAsync("Hẻm 12 khu vực 1 chưa có đèn chiếu sáng, buổi tối người dân đi lại khó khăn. Đề nghị phường lắp đèn.");
            await page.Locator("#Input_Name").FillAsync(CitizenName);
            await page.Locator("#Input_Phone").FillAsync("0939 111 222");
            await page.Locator("#Input_Address").FillAsync("Số 5 hẻm 12, khu vực 1");
            await Expect(page.Locator("#Input_Consent")).Not.ToBeCheckedAsync();
            await page.Locator("#Input_Consent").CheckAsync();
            await page.WaitForTimeoutAsync(3500); // a person takes a moment to fill the form in (the anti-automation check)
            await page.GetByRole(AriaRole.Button, new() { Name = "Gửi phản ánh, kiến nghị" }).ClickAsync();
            await journey.ExpectPathAsync($"{Portal}/feedback/sent");
            var code = (await page.Locator("#tracking-code").TextContentAsync())!.Trim();
            Assert.Matches("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$", code);
            Assert.DoesNotContain(code, page.Url, StringComparison.Ordinal);

            // The coordinator gives it to the culture office.
            await journey.LogInAsync("daumoi.hungphu");
            await journey.NavigateAsync("Phản ánh");
            await page.GetByRole(AriaRole.Link, new() { Name = Subject }).ClickAsync();
            await Expect(page.Locator(".sender")).ToContainTextAsync(CitizenName);
            await page.Locator("#Input_UnitId").SelectOptionAsync(new SelectOptionValue { Label = "Phòng Văn hóa – Xã hội" });
            await page.GetByRole(AriaRole.Button, new() { Name = "Giao xử lý" }).ClickAsync();
            await Expect(journey.Flash).ToHaveTextAsync("Đã giao Phòng Văn hóa – Xã hội xử lý.");
            await LogOutAsync(page);

            // The office's officer answers.
            await journey.LogInAsync("donvi.hungphu");
            await journey.NavigateAsync("Phản ánh");
            await page.GetByRole(AriaRole.Link, new() { Name = Subject }).ClickAsync();
            await page.GetByLabel("Nội dung trả lời").FillAsync(Answer);
            await page.GetByRole(AriaRole.Button, new() { Name = "Gửi dự thảo trả lời để duyệt" }).ClickAsync();
            await Expect(journey.Flash).ToContainTextAsync("Đã gửi dự thảo trả lời");
            await LogOutAsync(page);

            // The leader approves and publishes it without the citizen's name.
            await journey.LogInAsync("lanhdao.hungphu");
            await journey.NavigateAsync("Phản ánh");
            await page.GetByRole(AriaRole.Link, new() { Name = Subject }).ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Duyệt câu trả lời" }).ClickAsync();
            await Expect(journey.Flash).ToContainTextAsync("Đã duyệt câu trả lời");
            await page.GetByLabel("Tiêu đề công khai").FillAsync("Đề nghị lắp đèn chiếu sáng hẻm 12");
            await page.GetByLabel("Nội dung công khai của phản ánh")
                .FillAsync("Người dân đề nghị lắp đèn chiếu sáng tại hẻm 12, khu vực 1.");
            await page.GetByRole(AriaRole.Button, new() { Name = "Công khai", Exact = true }).ClickAsync();
            await Expect(journey.Flash).ToHaveTextAsync("Đã công khai câu trả lời trên cổng thông tin.");
            await LogOutAsync(page);

            // The citizen reads the answer by the code, typed loosely; the portal shows it without their name.
            await page.GotoAsync($"{Portal}/feedback/lookup");
            await page.GetByLabel("Mã tra cứu").FillAsync(code.Replace("-", " ", StringComparison.Ordinal).ToLowerInvariant());
            await page.WaitForTimeoutAsync(3500);
            await page.GetByRole(AriaRole.Button, new() { Name = "Tra cứu" }).ClickAsync();
            var result = page.Locator(".lookup-result");
            await Expect(result).ToContainTextAsync("Đã có kết quả trả lời");
            await Expect(result).ToContainTextAsync(Answer);
            await Expect(result).Not.ToContainTextAsync(CitizenName);
            await journey.ScreenshotAsync("citizen-feedback-lookup");

            await page.GotoAsync($"{Portal}/feedback/answers");
            var published = page.Locator("article.feedback-answer").Filter(new() { HasText = "Đề nghị lắp đèn chiếu sáng hẻm 12" });
            await Expect(published).ToContainTextAsync(Answer);
            await Expect(page.Locator("main")).Not.ToContainTextAsync(CitizenName);
        });

    private static async Task LogOutAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" })).ToHaveCountAsync(0);
    }
}
