using Loa.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Loa.BrowserTests.Journeys;

/// <summary>
/// A citizen finds their commune's portal from the national home page and reads it, on a phone; axe-core finds no
/// serious accessibility problem on any public page they pass through.
/// </summary>
[Collection(LoaAppCollection.Name)]
public sealed class PortalAccessibilityTests(LoaAppFixture app)
{
    /// <summary>The public pages of a demo commune's portal, beyond the home page.</summary>
    public static readonly string[] PortalPages =
    [
        "/plan", "/indices", "/contact", "/news", "/procedures", "/procedures?q=khai+sinh", "/feedback", "/feedback?loai=phan-anh",
        "/feedback/lookup", "/feedback/answers", "/surveys", "/kiosk", "/kiosk?q=chung+thuc",
    ];

    [BrowserFact]
    public Task Citizen_finds_the_portal_by_name_without_diacritics_and_every_public_page_passes_axe() =>
        Journey.RunAsync(app, "citizen-finds-the-portal", async journey =>
        {
            var page = journey.Page;
            await page.SetViewportSizeAsync(390, 844);
            await page.GotoAsync("/");
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await page.GetByLabel("Tên xã, phường hoặc mã").FillAsync("phuoc tan");
            await page.GetByRole(AriaRole.Button, new() { Name = "Tìm" }).ClickAsync();
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await page.GetByRole(AriaRole.Link, new() { Name = "Phường Phước Tân" }).ClickAsync();
            await journey.ExpectPathAsync("/x/26377");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Phước Tân");
            await Accessibility.AssertNoSeriousViolationsAsync(page);

            foreach (var path in PortalPages)
            {
                var response = await page.GotoAsync("/x/26377" + path);
                Assert.True(response?.Status == 200, $"{path} answered {response?.Status}");
                await Accessibility.AssertNoSeriousViolationsAsync(page);
            }

            // one page of each kind of object: an article, a procedure, a survey and its results, a procedure on the kiosk
            foreach (var (list, link) in new[]
            {
                ("/news", "main a[href*='/news/']:not([href$='/feed'])"),
                ("/procedures?q=khai+sinh", ".procedure-list li > a"),
                ("/surveys", "main a[href*='/surveys/']"),
                ("/kiosk?q=khai+sinh", "main a[href*='/kiosk/procedures/']"),
            })
            {
                await page.GotoAsync("/x/26377" + list);
                var href = await page.Locator(link).First.GetAttributeAsync("href");
                Assert.False(string.IsNullOrEmpty(href), $"{list}: no link {link}");
                Assert.Equal(200, (await page.GotoAsync(href!))?.Status);
                await Accessibility.AssertNoSeriousViolationsAsync(page);
            }
        });

    [BrowserFact]
    public Task The_check_itself_sees_an_image_without_text_and_an_unlabelled_field() =>
        Journey.RunAsync(app, "axe-sees-violations", async journey =>
        {
            await journey.Page.SetContentAsync("<!DOCTYPE html><html lang='vi'><head><title>t</title></head><body><main><h1>t</h1><img src='a.png'><input type='text'></main></body></html>");
            var violations = await Accessibility.SeriousViolationsAsync(journey.Page);
            Assert.Contains(violations, v => v.StartsWith("image-alt", StringComparison.Ordinal));
            Assert.Contains(violations, v => v.StartsWith("label", StringComparison.Ordinal));
        });
}
