using System.Reflection;
using System.Text.RegularExpressions;
using Loa.Demo;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Loa.BrowserTests.Infrastructure;

/// <summary>
/// One user journey in its own browser context: signs in as a person would, watches for server errors on
/// every response, and leaves a full-page screenshot in TestResults/screenshots at the end (and on failure).
/// </summary>
public sealed class Journey : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly List<string> serverErrors = [];

    private Journey(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
        page.Response += (_, response) =>
        {
            if (response.Status >= 500)
            {
                lock (serverErrors)
                {
                    serverErrors.Add($"{response.Status} {response.Request.Method} {response.Url}");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (serverErrors)
            {
                serverErrors.Add($"script error: {error}");
            }
        };
    }

    public IPage Page { get; }

    /// <summary>Where screenshots go: LOA_SCREENSHOTS, or TestResults/screenshots in the test project's folder.</summary>
    public static string ScreenshotDirectory =>
        Environment.GetEnvironmentVariable("LOA_SCREENSHOTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(
                typeof(Journey).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                    .FirstOrDefault(a => a.Key == "LoaBrowserTestsProjectDirectory")?.Value ?? AppContext.BaseDirectory,
                "TestResults",
                "screenshots");

    /// <summary>Runs the steps in a fresh context; screenshots "name.png" at the end, or "name-failed.png" when a step throws.</summary>
    public static Task RunAsync(LoaAppFixture app, string name, Func<Journey, Task> steps) => RunAsync(app, name, null, steps);

    /// <summary>As <see cref="RunAsync(LoaAppFixture, string, Func{Journey, Task})"/>, on a screen of the given size (a touch screen when given).</summary>
    public static async Task RunAsync(LoaAppFixture app, string name, ViewportSize? touchScreen, Func<Journey, Task> steps)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        foreach (var stale in new[] { name, name + "-failed" })
        {
            File.Delete(Path.Combine(ScreenshotDirectory, stale + ".png"));
        }

        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
            ViewportSize = touchScreen ?? new ViewportSize { Width = 1280, Height = 900 },
            HasTouch = touchScreen is not null,
        });
        context.SetDefaultTimeout(30_000);
        var journey = new Journey(context, await context.NewPageAsync());
        await using (journey)
        {
            try
            {
                await steps(journey);
                journey.AssertNoServerErrors();
                await journey.ScreenshotAsync(name);
            }
            catch
            {
                await journey.ScreenshotAsync(name + "-failed");
                throw;
            }
        }
    }

    /// <summary>Signs in through the login form with the demo password, and waits for the signed-in header.</summary>
    public async Task LogInAsync(string userName)
    {
        await Page.GotoAsync("/account/login");
        await Page.GetByLabel("Tên đăng nhập", new() { Exact = true }).FillAsync(userName);
        await Page.GetByLabel("Mật khẩu", new() { Exact = true }).FillAsync(DemoData.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập", Exact = true }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" })).ToBeVisibleAsync();
    }

    /// <summary>Follows a link of the top navigation ("Kế hoạch", "Nhiệm vụ của tôi" …).</summary>
    public Task NavigateAsync(string menuItem) =>
        Page.GetByRole(AriaRole.Navigation, new() { Name = "Chức năng" })
            .GetByRole(AriaRole.Link, new() { Name = menuItem, Exact = true })
            .ClickAsync();

    /// <summary>The status badge in the page head of a plan page.</summary>
    public ILocator PlanStatusBadge => Page.Locator(".page-head .badge");

    /// <summary>The green message shown after an action.</summary>
    public ILocator Flash => Page.GetByRole(AriaRole.Status);

    public async Task ExpectPathAsync(string pattern) =>
        await Expect(Page).ToHaveURLAsync(new Regex(pattern + "$", RegexOptions.None, TimeSpan.FromSeconds(1)));

    public async Task ScreenshotAsync(string name)
    {
        Directory.CreateDirectory(ScreenshotDirectory);
        try
        {
            await Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, name + ".png"), FullPage = true });
        }
        catch (PlaywrightException)
        {
            // A page that is gone cannot be photographed; the failure that brought us here is what matters.
        }
    }

    private void AssertNoServerErrors()
    {
        lock (serverErrors)
        {
            Assert.True(serverErrors.Count == 0, "The app answered with errors:\n" + string.Join("\n", serverErrors));
        }
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
