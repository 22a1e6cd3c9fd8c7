using Loa.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Loa.BrowserTests.Journeys;

/// <summary>
/// The coordinator of Phước Tân writes an article in the rich-text editor — a heading, bold text, a list and a table —,
/// previews it as on a phone, publishes it, and the public portal shows the same structure.
/// </summary>
[Collection(LoaAppCollection.Name)]
public sealed class ArticleEditorJourneyTests(LoaAppFixture app)
{
    [BrowserFact]
    public Task Officer_writes_a_structured_article_previews_it_on_a_phone_and_publishes_it() =>
        Journey.RunAsync(app, "article-editor-writes-previews-publishes", async journey =>
        {
            var page = journey.Page;
            var title = "Lịch tiếp công dân tháng này " + Guid.NewGuid().ToString("N")[..6];
            await journey.LogInAsync("daumoi.phuoctan");
            await page.GotoAsync("/articles/edit");
            await page.GetByLabel("Tiêu đề", new() { Exact = true }).FillAsync(title);

            // the editor replaces the plain box
            var editor = page.Locator(".rich-editor .ql-editor");
            await Expect(editor).ToBeVisibleAsync();
            await Expect(page.Locator("textarea#Input_Body")).ToBeHiddenAsync();
            await editor.ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Tiêu đề mục" }).ClickAsync();
            await page.Keyboard.TypeAsync("Lịch tiếp dân");
            await page.Keyboard.PressAsync("Enter");
            await page.Keyboard.TypeAsync("Người dân ");
            await page.GetByRole(AriaRole.Button, new() { Name = "Chữ đậm" }).ClickAsync();
            await page.Keyboard.TypeAsync("được tiếp");
            await page.GetByRole(AriaRole.Button, new() { Name = "Chữ đậm" }).ClickAsync();
            await page.Keyboard.TypeAsync(" vào các buổi:");
            await page.Keyboard.PressAsync("Enter");
            await page.GetByRole(AriaRole.Button, new() { Name = "Danh sách gạch đầu dòng" }).ClickAsync();
            await page.Keyboard.TypeAsync("Sáng thứ Hai");
            await page.Keyboard.PressAsync("Enter");
            await page.Keyboard.TypeAsync("Chiều thứ Năm");
            await page.Keyboard.PressAsync("Enter");
            await page.Keyboard.PressAsync("Enter");
            await page.GetByRole(AriaRole.Button, new() { Name = "Chèn bảng" }).ClickAsync();
            var cells = editor.Locator("table td");
            await Expect(cells).ToHaveCountAsync(9);
            string[] words = ["Buổi", "Người tiếp", "Nơi tiếp", "Sáng thứ Hai", "Chủ tịch", "Phòng tiếp dân"];
            for (var i = 0; i < words.Length; i++)
            {
                await cells.Nth(i).ClickAsync();
                await page.Keyboard.TypeAsync(words[i]);
            }

            // the phone preview shows the unsaved article as the portal will
            await page.GetByRole(AriaRole.Button, new() { Name = "Xem trước trên điện thoại" }).ClickAsync();
            var phone = page.FrameLocator("iframe[name=phone-frame]");
            await Expect(phone.Locator("article h1")).ToHaveTextAsync(title);
            await Expect(phone.Locator(".news-body h2")).ToHaveTextAsync("Lịch tiếp dân");
            await Expect(phone.Locator(".news-body strong")).ToHaveTextAsync("được tiếp");
            await Expect(phone.Locator(".news-body ul li")).ToHaveTextAsync(["Sáng thứ Hai", "Chiều thứ Năm"]);
            await Expect(phone.Locator(".news-body table td").Nth(4)).ToHaveTextAsync("Chủ tịch");
            var frameWidth = await page.Locator("iframe[name=phone-frame]").EvaluateAsync<int>("f => f.getBoundingClientRect().width");
            Assert.InRange(frameWidth, 360, 420);
            await journey.ScreenshotAsync("article-editor-desktop");

            await page.GetByRole(AriaRole.Button, new() { Name = "Đăng ngay" }).ClickAsync();
            await Expect(journey.Flash).ToContainTextAsync("Đã đăng bài");

            // the public portal shows the structure
            await page.GetByRole(AriaRole.Link, new() { Name = "Xem trên cổng" }).ClickAsync();
            var body = page.Locator(".news-body");
            await Expect(page.Locator("article h1")).ToHaveTextAsync(title);
            await Expect(body.Locator("h2")).ToHaveTextAsync("Lịch tiếp dân");
            await Expect(body.Locator("p strong")).ToHaveTextAsync("được tiếp");
            await Expect(body.Locator("ul li")).ToHaveTextAsync(["Sáng thứ Hai", "Chiều thứ Năm"]);
            await Expect(body.Locator("table tr")).ToHaveCountAsync(3);
            await Expect(body.Locator("table tr").Nth(1)).ToContainTextAsync("Sáng thứ Hai");
            await Expect(body.Locator("table tr").Nth(1)).ToContainTextAsync("Phòng tiếp dân");
        });

    [BrowserFact]
    public Task The_edit_page_fits_a_phone_screen() =>
        Journey.RunAsync(app, "article-editor-phone", new ViewportSize { Width = 400, Height = 900 }, async journey =>
        {
            var page = journey.Page;
            await journey.LogInAsync("daumoi.phuoctan");
            await page.GotoAsync("/articles/edit");
            await Expect(page.Locator(".rich-editor .ql-editor")).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Chèn bảng" })).ToBeVisibleAsync();
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
            Assert.True(overflow <= 0, $"the page is {overflow}px wider than the screen");
        });
}
