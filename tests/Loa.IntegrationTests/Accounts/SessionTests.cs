using System.Net;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Accounts;

/// <summary>
/// A session lives on the server: sign-out and disabling end it at once (the old cookie replayed a moment later opens
/// nothing), it locks when idle (15 minutes for staff, 5 for administrators) and ends 12 hours after sign-in, and the
/// person is told why and brought back to where they were.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class SessionTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Sign_out_ends_the_session_at_once(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        using var first = app.Session();
        await first.LoginAsync(scenario.Coordinator.UserName!);
        using var replay = app.BareClient();
        replay.DefaultRequestHeaders.Add("Cookie", first.SessionCookie!);
        Assert.Equal(HttpStatusCode.OK, (await replay.GetAsync("/plans")).StatusCode);

        await first.SubmitAsync(await first.GetPageAsync("/plans"), "form[action='/account/logout']", []);

        var again = await replay.GetAsync("/plans");
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.StartsWith("/account/login", again.Headers.Location!.PathAndQuery(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Disabling_an_account_on_the_admin_page_ends_its_session_at_once(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        var admin = await Scenario.CreateAdminAsync(app);
        using var officer = app.Session();
        await officer.LoginAsync(scenario.Officer.UserName!);
        Assert.Equal(HttpStatusCode.OK, (await officer.Client.GetAsync("/tasks/mine")).StatusCode);

        using var session = app.Session();
        await session.LoginAsync(admin.UserName!);
        var edit = await session.GetPageAsync($"/admin/users/edit/{scenario.Officer.Id}");
        Assert.Equal(HttpStatusCode.Redirect, (await session.SubmitAsync(edit, "form[action*='handler=Lock']", [])).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await officer.Client.GetAsync("/tasks/mine")).StatusCode);
        await using var db = app.SystemDb();
        var audit = await db.AuditEntries.Where(a => a.EntityId == scenario.Officer.Id).ToListAsync();
        Assert.Contains(audit, a => a.Action == "account-disabled" && a.UserId == admin.Id);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task An_idle_session_locks_after_15_minutes_and_signing_in_again_returns_to_the_page(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        using var clock = app.Clock.RestoreAfterwards();
        using var session = app.Session();
        await session.LoginAsync(scenario.Coordinator.UserName!);
        var start = app.Clock.Now;

        app.Clock.Now = start.AddMinutes(14);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/units")).StatusCode);
        app.Clock.Now = start.AddMinutes(28);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/units")).StatusCode);
        app.Clock.Now = start.AddMinutes(28 + 16);
        var locked = await session.Client.GetAsync("/plans?year=2026");
        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        var loginUrl = locked.Headers.Location!.PathAndQuery();

        var login = await session.GetPageAsync(loginUrl);
        Assert.Contains("Phiên làm việc đã tạm khóa vì quá 15 phút không thao tác", login.Text(), StringComparison.Ordinal);
        var back = await session.SubmitAsync(login, "form", new()
        {
            ["Input.UserName"] = scenario.Coordinator.UserName,
            ["Input.Password"] = Scenario.Password,
        });
        Assert.Equal("/plans?year=2026", back.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/plans?year=2026")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task An_administrators_session_locks_after_5_idle_minutes(Engine engine)
    {
        var app = fixture.App(engine);
        var admin = await Scenario.CreateAdminAsync(app);
        using var clock = app.Clock.RestoreAfterwards();
        using var session = app.Session();
        await session.LoginAsync(admin.UserName!);
        var start = app.Clock.Now;
        app.Clock.Now = start.AddMinutes(4);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/admin")).StatusCode);
        app.Clock.Now = start.AddMinutes(4 + 6);
        var locked = await session.Client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, locked.StatusCode);
        var lockedPage = await session.GetPageAsync(locked.Headers.Location!.PathAndQuery());
        Assert.Contains("quá 5 phút không thao tác", lockedPage.Text(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_session_ends_12_hours_after_sign_in_however_busy(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        using var clock = app.Clock.RestoreAfterwards();
        using var session = app.Session();
        await session.LoginAsync(scenario.Leader.UserName!);
        var start = app.Clock.Now;
        for (var minutes = 10; minutes < 12 * 60; minutes += 10)
        {
            app.Clock.Now = start.AddMinutes(minutes);
            Assert.True((await session.Client.GetAsync("/notifications")).StatusCode == HttpStatusCode.OK, $"after {minutes} minutes");
        }

        app.Clock.Now = start.AddHours(12).AddMinutes(1);
        var expired = await session.Client.GetAsync("/notifications");
        Assert.Equal(HttpStatusCode.Redirect, expired.StatusCode);
        var expiredPage = await session.GetPageAsync(expired.Headers.Location!.PathAndQuery());
        Assert.Contains("Phiên làm việc đã hết hạn", expiredPage.Text(), StringComparison.Ordinal);
    }
}

internal static class UriExtensions
{
    /// <summary>The path and query of a redirect, whether the server gave it absolute or relative.</summary>
    public static string PathAndQuery(this Uri uri) => uri.IsAbsoluteUri ? uri.PathAndQuery : uri.OriginalString;
}
