using System.Net;
using Loa.IntegrationTests.Infrastructure;

namespace Loa.IntegrationTests.Accounts;

/// <summary>Cookies are Secure, HttpOnly and SameSite, and a sign-in always starts a new session (security.md 11).</summary>
[Collection(AppCollection.Name)]
public sealed class SessionCookieTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Session_and_form_cookies_are_secure_http_only_and_same_site_and_each_sign_in_gets_a_new_session(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        using var session = app.Session();
        var page = await session.Client.GetAsync("/account/login");
        var form = Cookie(page, "loa.af");
        Assert.Contains("secure", form, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", form, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", form, StringComparison.OrdinalIgnoreCase);

        var signIn = await session.SubmitAsync(
            WebSession.Parse(await page.Content.ReadAsStringAsync(), "/account/login"),
            "form",
            new() { ["Input.UserName"] = scenario.Officer.UserName, ["Input.Password"] = Scenario.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var cookie = Cookie(signIn, "loa.session");
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);

        // Signing in again, from the same browser, replaces the session: the old cookie no longer opens a page.
        var first = cookie.Split(';')[0];
        await session.LoginAsync(scenario.Officer.UserName!);
        Assert.NotEqual(first, session.SessionCookie);
        using var replay = app.BareClient();
        replay.DefaultRequestHeaders.Add("Cookie", first);
        var old = await replay.GetAsync("/tasks/mine");
        Assert.Equal(HttpStatusCode.Redirect, old.StatusCode);
        Assert.Contains("/account/login", old.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    private static string Cookie(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies)
            ? cookies.FirstOrDefault(c => c.StartsWith(name + "=", StringComparison.Ordinal)) ?? ""
            : "";
}
