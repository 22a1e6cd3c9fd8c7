using System.Net;
using AngleSharp.Html.Dom;
using Loa.Domain.Accounts;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Loa.IntegrationTests.Accounts;

/// <summary>The second factor: anyone turns on an authenticator app; roles named in Loa:RequireTwoFactorFor must, before anything else.</summary>
[Collection(AppCollection.Name)]
public sealed class TwoFactorTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Anyone_turns_on_the_authenticator_app_and_signs_in_with_a_code_or_once_with_a_recovery_code(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        var name = scenario.Coordinator.UserName!;
        using var session = app.Session();
        await session.LoginAsync(name);
        var security = await session.GetPageAsync("/account/security");
        Assert.Contains("Chưa bật", security.Text(), StringComparison.Ordinal);
        Assert.NotNull(security.QuerySelector("a[href='/account/authenticator']"));

        var codes = await EnrolAsync(session);
        Assert.Equal(10, codes.Count);
        Assert.Contains("Còn 10 mã khôi phục", (await session.GetPageAsync("/account/security")).Text(), StringComparison.Ordinal);
        // shown once: the page does not show them again
        Assert.DoesNotContain(codes[0], (await session.GetPageAsync("/account/security")).Text(), StringComparison.Ordinal);
        var key = await KeyAsync(app, scenario.Coordinator.Id);
        // the code of the enrolment is used: the app's next code signs in
        var code = Totp.Code(key, app.Clock.Now.AddSeconds(Totp.StepSeconds));

        // the password alone no longer signs in: the second step asks for the code
        using var next = app.Session();
        var step = await PasswordStepAsync(next, name, "/plans");
        Assert.Equal(HttpStatusCode.Redirect, (await next.Client.GetAsync("/plans")).StatusCode);
        var wrong = await next.SubmitAsync(step, "form", new() { ["Code"] = "000000" == code ? "111111" : "000000" });
        var error = WebSession.Parse(await wrong.Content.ReadAsStringAsync(), "/").ValidationErrors().Single();
        Assert.Contains("Mã không đúng", error, StringComparison.Ordinal);
        var again = await next.GetPageAsync(step.Body!.GetAttribute("data-test-url")!);
        var right = await next.SubmitAsync(again, "form", new() { ["Code"] = code });
        Assert.Equal("/plans", right.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await next.Client.GetAsync("/plans")).StatusCode);

        // a recovery code works once
        foreach (var expected in new[] { HttpStatusCode.Redirect, HttpStatusCode.OK })
        {
            using var lost = app.Session();
            var page = await PasswordStepAsync(lost, name, "/");
            var answer = await lost.SubmitAsync(page, "form", new() { ["Code"] = codes[3] });
            Assert.Equal(expected, answer.StatusCode);
        }

        await using var db = app.SystemDb();
        var id = scenario.Coordinator.Id;
        var audit = await db.AuditEntries.Where(a => a.UserId == id || a.EntityId == id).Select(a => a.Action).ToListAsync();
        Assert.Contains("2fa-enabled", audit);
        Assert.Contains("login-2fa-failed", audit);
        Assert.Equal(2, audit.Count(a => a == "login-2fa-failed"));
        Assert.Contains("login-password", audit);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Wrong_codes_at_the_second_step_stop_it_for_15_minutes(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        using (var owner = app.Session())
        {
            await owner.LoginAsync(scenario.Leader.UserName!);
            await EnrolAsync(owner);
        }

        var key = await KeyAsync(app, scenario.Leader.Id);
        var code = Totp.Code(key, app.Clock.Now.AddSeconds(Totp.StepSeconds));
        using var thief = app.Session();
        var step = await PasswordStepAsync(thief, scenario.Leader.UserName!, "/");
        for (var i = 0; i < 5; i++)
        {
            var bad = (i + 123456).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(HttpStatusCode.OK, (await thief.SubmitAsync(step, "form", new() { ["Code"] = bad == code ? "999999" : bad })).StatusCode);
        }

        var refused = await thief.SubmitAsync(step, "form", new() { ["Code"] = code });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("quá nhiều lần", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await thief.Client.GetAsync("/dashboard")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Roles_that_must_use_it_are_sent_to_set_it_up_right_after_the_password(Engine engine)
    {
        using var app = new LoaAppFactory(engine, configure: services =>
            services.PostConfigure<AccountOptions>(o => o.RequireTwoFactorFor = "SystemAdmin, ProvinceOfficer"));
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        var admin = await Scenario.CreateAdminAsync(app);
        using var session = app.Session();
        await session.LoginAsync(admin.UserName!);

        var sent = await session.Client.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Equal("/account/authenticator?returnUrl=%2Fadmin", sent.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync("/admin/users/create")).StatusCode);
        var page = await session.GetPageAsync(sent.Headers.Location.OriginalString);
        Assert.Contains("bắt buộc dùng xác thực hai bước", page.Text(), StringComparison.Ordinal);
        Assert.Null((await session.GetPageAsync("/account/security")).QuerySelector("button[formaction*='Disable']"));

        await EnrolAsync(session, "/account/authenticator?returnUrl=%2Fadmin");
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/admin")).StatusCode);
        var security = await session.GetPageAsync("/account/security");
        Assert.Null(security.QuerySelector("button[formaction*='Disable']"));

        // the province officer too; a commune's staff is not asked
        using var officer = app.Session();
        await officer.LoginAsync(scenario.ProvinceOfficer.UserName!);
        Assert.StartsWith("/account/authenticator", (await officer.Client.GetAsync("/province")).Headers.Location!.OriginalString, StringComparison.Ordinal);
        using var leader = app.Session();
        await leader.LoginAsync(scenario.Leader.UserName!);
        Assert.Equal(HttpStatusCode.OK, (await leader.Client.GetAsync("/dashboard")).StatusCode);
    }

    /// <summary>Opens the set-up page, types the app's code for the key it shows, and returns the recovery codes shown.</summary>
    internal static async Task<List<string>> EnrolAsync(WebSession session, string url = "/account/authenticator") =>
        (await EnrolWithKeyAsync(session, url)).Codes;

    /// <summary>
    /// As <see cref="EnrolAsync"/>, also returning the key the page showed. The code typed is the app's code at the
    /// app's (fixed) clock, which is then used: the next code to sign in is that of the next time step.
    /// </summary>
    internal static async Task<(string Key, List<string> Codes)> EnrolWithKeyAsync(
        WebSession session,
        string url = "/account/authenticator",
        DateTimeOffset? at = null)
    {
        var page = await session.GetPageAsync(url);
        Assert.NotNull(page.QuerySelector("img[src^='data:image/png;base64,']"));
        var key = page.QuerySelector("code.authenticator-key")!.TextContent;
        var done = await session.SubmitAsync(page, "form", new() { ["Code"] = Totp.Code(key, at ?? LoaAppFactory.Now) });
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var result = WebSession.Parse(await done.Content.ReadAsStringAsync(), url);
        return (key, result.QuerySelectorAll("ol.codes code").Select(c => c.TextContent).ToList());
    }

    /// <summary>The authenticator key of an account, as the app reads it (the database keeps it encrypted).</summary>
    internal static async Task<string> KeyAsync(LoaAppFactory app, string userId)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = await users.FindByIdAsync(userId);
        return (await users.GetAuthenticatorKeyAsync(user!))!;
    }

    /// <summary>Signs in with the password and lands on the second step, which is returned.</summary>
    internal static async Task<IHtmlDocument> PasswordStepAsync(WebSession session, string userName, string returnUrl)
    {
        var login = await session.GetPageAsync("/account/login?returnUrl=" + Uri.EscapeDataString(returnUrl));
        var response = await session.SubmitAsync(login, "form", new() { ["Input.UserName"] = userName, ["Input.Password"] = Scenario.Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/account/verify", location, StringComparison.Ordinal);
        return await session.GetPageAsync(location);
    }
}
