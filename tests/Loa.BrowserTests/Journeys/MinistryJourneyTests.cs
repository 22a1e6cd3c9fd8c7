using Loa.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Loa.BrowserTests.Journeys;

/// <summary>
/// The national officer of the Ministry of Home Affairs (demo account bo.noivu) signs in, sees the 34 provinces, drills into
/// Đồng Nai and then into Phước Tân's dashboard, which it reads without any way to change it; the same on a phone.
/// </summary>
[Collection(LoaAppCollection.Name)]
public sealed class MinistryJourneyTests(LoaAppFixture app)
{
    [BrowserFact]
    public Task The_national_officer_sees_the_provinces_drills_into_Dong_Nai_and_a_commune() =>
        Journey.RunAsync(app, "ministry-drill-down", async journey => await WalkAsync(journey, "ministry"));

    [BrowserFact]
    public Task The_ministry_pages_fit_a_phone() =>
        Journey.RunAsync(app, "ministry-phone", new ViewportSize { Width = 400, Height = 900 }, async journey => await WalkAsync(journey, "ministry-phone"));

    private static async Task WalkAsync(Journey journey, string shots)
    {
        var page = journey.Page;
        await journey.LogInAsync("bo.noivu");
        await journey.ExpectPathAsync("/ministry");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Thông tin, tuyên truyền CCHC của các tỉnh, thành phố");
        await Expect(page.Locator("table.ministry tbody tr")).ToHaveCountAsync(34);
        await journey.ScreenshotAsync(shots + "-provinces");

        await page.Locator("table.ministry tbody a", new() { HasText = "Đồng Nai" }).ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("Các xã, phường của");
        await Expect(page.Locator("h1")).ToContainTextAsync("Đồng Nai");
        await page.GetByLabel("Tìm xã, phường").FillAsync("phuoc tan");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lọc" }).ClickAsync();
        await journey.ScreenshotAsync(shots + "-dong-nai");

        await page.Locator("table.province tbody a", new() { HasText = "Phước Tân" }).First.ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Tổng quan thực hiện kế hoạch");
        await Expect(page.Locator(".breadcrumb")).ToContainTextAsync("Các tỉnh, thành phố");
        await Expect(page.Locator("main a[href^='/plans/']")).ToHaveCountAsync(0);
        await Expect(page.Locator("main form[method=post]")).ToHaveCountAsync(0);
        await journey.ScreenshotAsync(shots + "-commune");
    }
}
