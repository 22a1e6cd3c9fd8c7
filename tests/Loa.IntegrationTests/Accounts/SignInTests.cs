using System.Net;
using Loa.Audit;
using Loa.IntegrationTests.Infrastructure;
using Loa.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Loa.IntegrationTests.Accounts;

/// <summary>Signing in and out: one message for every failure, lockout, limits per account, sessions that end.</summary>
[Collection(AppCollection.Name)]
public sealed class SignInTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Unknown_user_and_wrong_password_get_the_same_message(Engine engine)
    {
        var scenario = await Scenario.CreateAsync(fixture.App(engine));
        using var session = fixture.App(engine).Session();

        var unknown = await FailedLoginAsync(session, "khong.ton.tai." + scenario.Commune.Code, "sai-mat-khau-dai-du");
        var wrong = await FailedLoginAsync(session, scenario.Leader.UserName!, "sai-mat-khau-dai-du");

        Assert.Equal(unknown, wrong);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", unknown);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Many_failures_on_one_account_answer_429(Engine engine)
    {
        var scenario = await Scenario.CreateAsync(fixture.App(engine));
        using var session = fixture.App(engine).Session();
        for (var i = 0; i < 10; i++)
        {
            // from several addresses: five failures from one would only refuse that address
            TestClientAddress.Use(session, $"192.0.2.{(i / 4) + 50}");
            await FailedLoginAsync(session, scenario.Leader.UserName!, "mat-khau-sai-" + i);
        }

        TestClientAddress.Use(session, "192.0.2.99");
        var page = await session.GetPageAsync("/account/login");
        var response = await session.SubmitAsync(page, "form", new() { ["Input.UserName"] = scenario.Leader.UserName, ["Input.Password"] = "mat-khau-sai-x" });
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Sign_in_attempts_beyond_the_limit_per_address_answer_429_but_the_login_page_stays_open(Engine engine)
    {
        using var app = new LoaAppFactory(engine, configure: services => services.PostConfigure<LoaOptions>(o => o.LoginAttemptsPerIpPerMinute = 3));
        var scenario = await Scenario.CreateAsync(app);
        using var session = app.Session();
        for (var i = 0; i < 3; i++)
        {
            await FailedLoginAsync(session, "khong.ton.tai." + i, "sai-mat-khau-dai-du");
        }

        // opening the page again and again is not an attempt
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/account/login")).StatusCode);
        }

        var page = await session.GetPageAsync("/account/login");
        var refused = await session.SubmitAsync(page, "form", new() { ["Input.UserName"] = scenario.Leader.UserName, ["Input.Password"] = Scenario.Password });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("60", refused.Headers.RetryAfter?.ToString());
        var body = WebSession.Parse(await refused.Content.ReadAsStringAsync(), "/account/login");
        Assert.Contains("Vui lòng đợi một phút rồi thử lại.", body.QuerySelector("main")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.Null(refused.Headers.Location);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Sign_in_and_failures_are_audited_without_passwords(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app);
        using var session = app.Session();
        await FailedLoginAsync(session, scenario.Coordinator.UserName!, "mat-khau-sai-bi-mat");
        await session.LoginAsync(scenario.Coordinator.UserName!);

        await using var db = app.SystemDb();
        var entries = await db.AuditEntries.Where(a => a.UserName == scenario.Coordinator.UserName).ToListAsync();
        Assert.Contains(entries, e => e.Action == "login-failed" && !e.Succeeded);
        Assert.Contains(entries, e => e.Action == "login" && e.Succeeded && e.UserId == scenario.Coordinator.Id);
        Assert.DoesNotContain(entries, e => (e.Detail ?? "").Contains("mat-khau", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_disabled_account_cannot_sign_in_and_its_session_ends(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app);
        using var session = app.Session();
        await session.LoginAsync(scenario.Officer.UserName!);
        await using (var db = app.SystemDb())
        {
            var user = await db.Users.SingleAsync(u => u.Id == scenario.Officer.Id);
            user.IsDisabled = true;
            await db.SaveChangesAsync();
        }

        using var clock = app.Clock.RestoreAfterwards();
        app.Clock.Now = app.Clock.Now.AddMinutes(2);
        Assert.Equal(HttpStatusCode.Redirect, (await session.Client.GetAsync("/tasks/mine")).StatusCode);
        using var again = app.Session();
        var messages = await FailedLoginAsync(again, scenario.Officer.UserName!, Scenario.Password);
        Assert.Contains("Tên đăng nhập hoặc mật khẩu không đúng.", messages);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Sign_in_never_redirects_to_another_site(Engine engine)
    {
        var scenario = await Scenario.CreateAsync(fixture.App(engine), withActivity: false);
        using var session = fixture.App(engine).Session();
        foreach (var target in new[] { "https://evil.example/", "//evil.example/", "/\\evil.example" })
        {
            var page = await session.GetPageAsync("/account/login?returnUrl=" + Uri.EscapeDataString(target));
            var response = await session.SubmitAsync(
                page, "form", new() { ["Input.UserName"] = scenario.Leader.UserName, ["Input.Password"] = Scenario.Password });
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/", response.Headers.Location!.OriginalString);
        }

        var local = await session.GetPageAsync("/account/login?returnUrl=%2Funits");
        var ok = await session.SubmitAsync(local, "form", new() { ["Input.UserName"] = scenario.Leader.UserName, ["Input.Password"] = Scenario.Password });
        Assert.Equal("/units", ok.Headers.Location!.OriginalString);
    }

    private static async Task<List<string>> FailedLoginAsync(WebSession session, string userName, string password)
    {
        var page = await session.GetPageAsync("/account/login");
        var response = await session.SubmitAsync(page, "form", new() { ["Input.UserName"] = userName, ["Input.Password"] = password });
        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        var result = WebSession.Parse(await response.Content.ReadAsStringAsync(), "/account/login");
        return result.ValidationErrors().ToList();
    }
}
