using Loa.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Loa.BrowserTests.Journeys;

/// <summary>
/// The coordinator of Hưng Phú opens an account for an officer of one of the commune's units, choosing the unit in the same
/// step, and finds it again by typing the name without marks; the same pages on a phone.
/// </summary>
[Collection(LoaAppCollection.Name)]
public sealed class AccountsJourneyTests(LoaAppFixture app)
{
    [BrowserFact]
    public Task Coordinator_opens_an_account_for_a_unit_officer_with_its_unit_and_finds_it() =>
        Journey.RunAsync(app, "coordinator-accounts-list", async journey =>
        {
            var page = journey.Page;
            var userName = "kp." + Guid.NewGuid().ToString("N")[..6];
            await journey.LogInAsync("daumoi.hungphu");
            await journey.NavigateAsync("Tài khoản");
            await Expect(page.Locator("h1")).ToContainTextAsync("Tài khoản của");
            await page.GetByRole(AriaRole.Link, new() { Name = "Tạo tài khoản", Exact = true }).ClickAsync();

            await page.GetByLabel("Tên đăng nhập").FillAsync(userName);
            await page.GetByLabel("Họ và tên").FillAsync("Võ Thị Ánh Tuyết");
            await page.GetByLabel("Điện thoại").FillAsync("0912 345 678");
            await Expect(page.GetByLabel("Vai trò")).ToHaveValueAsync("UnitOfficer");
            await page.GetByLabel("Đơn vị").SelectOptionAsync(new SelectOptionValue { Index = 1 });
            await page.GetByLabel("Mật khẩu ban đầu").FillAsync("mot cum tu de nho 2026");
            await journey.ScreenshotAsync("coordinator-account-create");
            await page.GetByRole(AriaRole.Button, new() { Name = "Tạo tài khoản", Exact = true }).ClickAsync();

            await journey.ExpectPathAsync("/admin/users/edit/[0-9a-f-]+");
            await Expect(journey.Flash).ToContainTextAsync($"Đã tạo tài khoản {userName}");
            await journey.ScreenshotAsync("coordinator-account-edit");

            await journey.NavigateAsync("Tài khoản");
            await page.GetByLabel("Tìm", new() { Exact = true }).FillAsync("vo thi anh tuyet");
            await page.GetByRole(AriaRole.Button, new() { Name = "Lọc", Exact = true }).ClickAsync();
            await Expect(page.Locator("table.accounts tbody tr")).ToHaveCountAsync(1);
            await Expect(page.Locator("table.accounts")).ToContainTextAsync(userName);
        });

    [BrowserFact]
    public Task The_account_pages_fit_a_phone() =>
        Journey.RunAsync(app, "accounts-phone", new ViewportSize { Width = 400, Height = 900 }, async journey =>
        {
            var page = journey.Page;
            await journey.LogInAsync("tinh.dongnai");
            await page.GotoAsync("/admin/users");
            await Expect(page.Locator("h1")).ToContainTextAsync("Tài khoản");
            await journey.ScreenshotAsync("accounts-list-phone");
            await page.GotoAsync("/communes");
            await Expect(page.Locator("table.communes")).ToBeVisibleAsync();
            await journey.ScreenshotAsync("communes-phone");
            var first = page.Locator("table.communes tbody tr a").First;
            await first.ClickAsync();
            await journey.ExpectPathAsync(@"/communes/details/\d+");
            await journey.ScreenshotAsync("commune-details-phone");
            await page.GotoAsync("/admin/users/bulk");
            await Expect(page.Locator("h1")).ToContainTextAsync("Tạo nhiều tài khoản");
        });
}
