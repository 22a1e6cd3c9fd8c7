using System.Diagnostics;
using System.Reflection;
using Loa.BrowserTests.Infrastructure;
using Loa.Domain.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Loa.BrowserTests.Journeys;

/// <summary>
/// Walks the demo as each role and photographs the screens the user guide (/help) shows. With LOA_HELP_SCREENSHOTS=1 the
/// pictures replace those in src/Loa.Web/wwwroot/help (1000 px wide, reduced to 256 colours when ImageMagick is there);
/// otherwise they go to TestResults/screenshots/help, so a normal run checks the walk without touching the repository.
/// </summary>
[Collection(LoaAppCollection.Name)]
public sealed class HelpScreenshotTests(LoaAppFixture app)
{
    private static readonly ViewportSize Screen = new() { Width = 1000, Height = 720 };

    [BrowserFact]
    public async Task Each_role_s_guide_screens_are_photographed()
    {
        var newCoordinator = await app.WithSystemDbAsync(async db =>
        {
            var planned = db.Plans.IgnoreQueryFilters().Where(p => p.CommuneId != null).Select(p => p.CommuneId);
            return await db.Users
                .Where(u => u.IsDemo && u.Role == UserRole.Coordinator && !planned.Contains(u.CommuneId))
                .OrderBy(u => u.UserName)
                .Select(u => u.UserName!)
                .FirstAsync();
        });

        var shots = new (string File, string User, string Url, string? Click)[]
        {
            ("coordinator-first-run", newCoordinator, "/dashboard", null),
            ("coordinator-import", "daumoi.phuoctan", "/plans/import", null),
            ("coordinator-dashboard", "daumoi.phuoctan", "/dashboard", null),
            ("unit-officer-tasks", "donvi.phuoctan", "/tasks/mine", null),
            ("unit-officer-record", "donvi.phuoctan", "/tasks/mine", "a[href^='/activities/create']"),
            ("unit-officer-reports", "donvi.phuoctan", "/reports", null),
            ("leader-dashboard", "lanhdao.phuoctan", "/dashboard", null),
            ("leader-plans", "lanhdao.phuoctan", "/plans", null),
            ("province-overview", "tinh.dongnai", "/province", null),
            ("province-portals", "tinh.dongnai", "/province/portals", null),
            ("admin-accounts", "quantri", "/admin", null),
        };

        var regenerate = Environment.GetEnvironmentVariable("LOA_HELP_SCREENSHOTS") == "1";
        var folder = regenerate ? HelpFolder() : Path.Combine(Journey.ScreenshotDirectory, "help");
        Directory.CreateDirectory(folder);
        foreach (var group in shots.GroupBy(s => s.User))
        {
            await Journey.RunAsync(app, "help-" + group.Key, Screen, async journey =>
            {
                await journey.LogInAsync(group.Key);
                foreach (var shot in group)
                {
                    await journey.Page.GotoAsync(shot.Url);
                    if (shot.Click is not null)
                    {
                        await journey.Page.Locator(shot.Click).First.ClickAsync();
                        await journey.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                    }

                    if (shot.File == "coordinator-first-run")
                    {
                        await Expect(journey.Page.Locator(".first-run")).ToBeVisibleAsync();
                    }

                    await Expect(journey.Page.Locator("main h1").First).ToBeVisibleAsync();
                    var path = Path.Combine(folder, shot.File + ".png");
                    await journey.Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = false });
                    Shrink(path);
                    Assert.True(new FileInfo(path).Length > 5_000, $"{shot.File}.png is almost empty");
                }
            });
        }
    }

    [BrowserFact]
    public async Task The_portal_menu_on_a_phone_shows_that_it_scrolls()
    {
        var code = await app.WithSystemDbAsync(db => db.Communes.Where(c => c.Locality == "Phước Tân").Select(c => c.Code).FirstAsync());
        await Journey.RunAsync(app, "portal-menu-phone", new ViewportSize { Width = 390, Height = 800 }, async journey =>
        {
            var page = journey.Page;
            await page.GotoAsync($"/x/{code}");
            var nav = page.Locator("nav.portal-nav");
            await Expect(nav).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("more-right"));
            await Expect(nav.Locator("button.more.right")).ToBeVisibleAsync();
            await Expect(nav.Locator("button.more.left")).ToBeHiddenAsync();

            await nav.Locator("button.more.right").ClickAsync();
            await Expect(nav).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("more-left"));
            await Expect(nav.Locator("button.more.left")).ToBeVisibleAsync();
        });
    }

    private static string HelpFolder()
    {
        var project = typeof(HelpScreenshotTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .First(a => a.Key == "LoaBrowserTestsProjectDirectory").Value!;
        return Path.GetFullPath(Path.Combine(project, "..", "..", "src", "Loa.Web", "wwwroot", "help"));
    }

    /// <summary>256 colours and no metadata: a screen of text and flat colours stays readable at a fraction of the size.</summary>
    private static void Shrink(string path)
    {
        try
        {
            using var convert = Process.Start(new ProcessStartInfo("convert", ["-strip", path, "-colors", "256", "PNG8:" + path])
            {
                RedirectStandardError = true,
                UseShellExecute = false,
            });
            convert?.WaitForExit(30_000);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // Without ImageMagick the picture stays as Chromium made it.
        }
    }
}
