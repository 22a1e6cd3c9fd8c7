using Loa.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Loa.BrowserTests.Journeys;

/// <summary>
/// A citizen at the service centre of Phước Tân uses the procedure kiosk, a portrait touch screen: types "khai sinh"
/// on the on-screen keyboard, opens the procedure, reads what to bring; then taps a field; left alone, the kiosk
/// counts down and returns to its start.
/// </summary>
[Collection(LoaAppCollection.Name)]
public sealed class KioskJourneyTests(LoaAppFixture app)
{
    private static readonly ViewportSize Portrait = new() { Width = 1080, Height = 1920 };

    [BrowserFact]
    public async Task Kiosk_search_finds_a_procedure()
    {
        await Journey.RunAsync(app, "kiosk-search", Portrait, async journey =>
        {
            var page = journey.Page;
            await page.GotoAsync("/x/26377/kiosk");
            await Expect(page.GetByText("Bạn cần làm thủ tục gì?")).ToBeVisibleAsync();

            // type "khai sinh" on the on-screen keyboard, no diacritics needed
            var keyboard = page.GetByLabel("Bàn phím");
            await Expect(keyboard).ToBeVisibleAsync();
            foreach (var key in "khai sinh")
            {
                var name = key == ' ' ? "Dấu cách" : key.ToString();
                await keyboard.GetByRole(AriaRole.Button, new() { Name = name, Exact = true }).TapAsync();
            }

            await Expect(page.GetByLabel("Bạn cần làm thủ tục gì?")).ToHaveValueAsync("khai sinh");
            await page.GetByRole(AriaRole.Button, new() { Name = "Tìm", Exact = true }).TapAsync();
            await journey.ExpectPathAsync(@"/x/26377/kiosk\?q=khai\+sinh");

            var first = page.Locator(".kiosk-results a").First;
            await Expect(first).ToContainTextAsync("Đăng ký khai sinh");
            var box = await first.BoundingBoxAsync();
            Assert.True(box!.Height >= 64, $"a result is a big touch target ({box.Height}px)");
            await first.TapAsync();

            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Đăng ký khai sinh");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Hồ sơ cần mang theo" })).ToBeVisibleAsync();
            await Expect(page.Locator(".kiosk-documents li").First).ToContainTextAsync("Tờ khai đăng ký khai sinh");
            await Expect(page.GetByText("Miễn lệ phí đăng ký khai sinh đúng hạn")).ToBeVisibleAsync();

            // back to the results, then to a field by its big button
            await page.GetByRole(AriaRole.Link, new() { Name = "← Quay lại" }).First.TapAsync();
            await Expect(page.Locator(".kiosk-results a").First).ToContainTextAsync("Đăng ký khai sinh");
            await page.GetByRole(AriaRole.Link, new() { Name = "Về trang đầu" }).TapAsync();
            await page.Locator(".kiosk-fields a", new() { HasText = "Chứng thực" }).TapAsync();
            await Expect(page.Locator(".kiosk-results a").First).ToContainTextAsync("Chứng thực");
        });
    }

    [BrowserFact]
    public async Task Kiosk_left_alone_counts_down_and_returns_to_its_start()
    {
        await Journey.RunAsync(app, "kiosk-idle", Portrait, async journey =>
        {
            var page = journey.Page;
            await page.GotoAsync("/x/26377/kiosk?q=ket+hon&idle=12");
            await Expect(page.Locator(".kiosk-results a").First).ToContainTextAsync("kết hôn");

            var countdown = page.Locator("#kiosk-countdown");
            await Expect(countdown).ToBeHiddenAsync();
            await Expect(countdown).ToBeVisibleAsync(new() { Timeout = 8_000 });
            await Expect(countdown).ToContainTextAsync("trở về trang đầu sau");

            // a touch keeps the page; left alone again, the kiosk returns to its empty start
            await page.Mouse.ClickAsync(500, 900);
            await Expect(countdown).ToBeHiddenAsync();
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/x/26377/kiosk\?idle=12$"), new() { Timeout = 30_000 });
            await Expect(page.GetByLabel("Bạn cần làm thủ tục gì?")).ToHaveValueAsync("");
            await Expect(page.Locator(".kiosk-fields a").First).ToBeVisibleAsync();
        });
    }
}
