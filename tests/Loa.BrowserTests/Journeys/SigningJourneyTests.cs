using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Loa.BrowserTests.Infrastructure;
using Loa.Demo.Signing;
using Loa.Domain;
using Loa.Plans;
using Loa.TestSigning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Loa.BrowserTests.Journeys;

/// <summary>
/// The leader of Hưng Phú issues a plan, opens it, presses "Ký số": first with no signing agent on the machine (a clear message),
/// then with the test signer listening (started here on a free port), and the page shows the signed document.
/// </summary>
[Collection(LoaAppCollection.Name)]
public sealed class SigningJourneyTests(LoaAppFixture app)
{
    [BrowserFact]
    public async Task Leader_issues_a_plan_and_signs_it_with_the_local_agent()
    {
        var today = VietnamTime.Today(TimeProvider.System);
        var planId = await ApprovedPlans.ArrangeAsync(app, "lanhdao.hungphu", today.Year + 2);
        var folder = Path.Combine(app.DataPath, DemoSigning.FolderName);
        await using var agent = new TestAgent(TestAuthority.Load(folder).LoadIdentity(folder, "lanhdao.hungphu"));
        await agent.StartAsync(0);

        await Journey.RunAsync(app, "leader-signs", async journey =>
        {
            var page = journey.Page;
            await journey.LogInAsync("lanhdao.hungphu");
            await page.GotoAsync($"/plans/issue/{planId}");
            await page.GetByLabel("Số văn bản").FillAsync("21");
            await page.GetByLabel("Ngày ban hành").FillAsync($"{today.Year + 1}-01-05");
            await page.GetByRole(AriaRole.Button, new() { Name = "Ban hành", Exact = true }).ClickAsync();
            await journey.ExpectPathAsync($"/plans/details/{planId}");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Văn bản chờ ký số" })).ToBeVisibleAsync();

            await page.GetByRole(AriaRole.Link, new() { Name = "Ký số", Exact = true }).ClickAsync();
            await journey.ExpectPathAsync(@"/signing/document/\d+");
            await page.GetByLabel("Cổng của phần mềm ký số trên máy").FillAsync(FreePort().ToString(CultureInfo.InvariantCulture));
            await page.GetByRole(AriaRole.Button, new() { Name = "Ký số", Exact = true }).ClickAsync();
            await Expect(page.Locator("#signing-status")).ToContainTextAsync("Chưa thấy phần mềm ký số trên máy");

            await page.GetByLabel("Cổng của phần mềm ký số trên máy").FillAsync(agent.Port.ToString(CultureInfo.InvariantCulture));
            await page.GetByRole(AriaRole.Button, new() { Name = "Ký số", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Bản đã ký số" })).ToBeVisibleAsync(new() { Timeout = 60_000 });
            await journey.ScreenshotAsync("signed");

            await page.GotoAsync($"/plans/details/{planId}");
            await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Xem bản đã ký số" })).ToBeVisibleAsync();
        });
        Assert.Contains("upload 200", agent.Log);
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
