using Loa.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Loa.BrowserTests.Journeys;

/// <summary>
/// Search that finds what people type: a citizen on a phone types "dang ki khai sinh" and "làm giấy khai sinh" on
/// Phước Tân's portal and gets "Đăng ký khai sinh" first; the coordinator searches from the header box and opens
/// a result.
/// </summary>
[Collection(LoaAppCollection.Name)]
public sealed class SearchJourneyTests(LoaAppFixture app)
{
    [BrowserFact]
    public Task Citizen_types_the_procedure_as_they_say_it_and_the_right_one_is_first() =>
        Journey.RunAsync(app, "procedure-search-as-typed", async journey =>
        {
            var page = journey.Page;
            await page.SetViewportSizeAsync(390, 844);
            await page.GotoAsync("/x/26377/procedures");
            foreach (var typed in new[] { "dang ki khai sinh", "làm giấy khai sinh" })
            {
                await page.GetByLabel("Tên hoặc mã thủ tục").FillAsync(typed);
                await page.GetByRole(AriaRole.Button, new() { Name = "Tìm thủ tục" }).ClickAsync();
                await Expect(page.Locator(".procedure-list li > a").First).ToHaveTextAsync("Đăng ký khai sinh");
                await journey.ScreenshotAsync("procedure-search-" + (typed.StartsWith("làm", StringComparison.Ordinal) ? "everyday-words" : "i-y"));
            }

            await page.Locator(".procedure-list li > a").First.ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Đăng ký khai sinh");
        });

    [BrowserFact]
    public Task Coordinator_searches_from_the_header_and_opens_a_result() =>
        Journey.RunAsync(app, "staff-search", async journey =>
        {
            var page = journey.Page;
            await journey.LogInAsync("daumoi.phuoctan");
            var box = page.GetByRole(AriaRole.Search).Filter(new() { Has = page.GetByPlaceholder("Tìm kế hoạch, nhiệm vụ, hoạt động…") });
            await box.GetByRole(AriaRole.Searchbox).FillAsync("TUYEN TRUYEN cai cach");
            await box.GetByRole(AriaRole.Button, new() { Name = "Tìm" }).ClickAsync();
            await journey.ExpectPathAsync(@"/search\?q=TUYEN\+TRUYEN\+cai\+cach");
            var plans = page.Locator("#kq-ke-hoach");
            await Expect(plans.GetByRole(AriaRole.Heading, new() { Level = 2 })).ToContainTextAsync("Kế hoạch");
            await journey.ScreenshotAsync("staff-search-results");

            var first = plans.Locator(".search-hits li > a").First;
            var title = (await first.TextContentAsync())!.Trim();
            await first.ClickAsync();
            await journey.ExpectPathAsync(@"/plans/details/\d+");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(title[..Math.Min(20, title.Length)]);
        });
}
