using System.Net;
using System.Text.RegularExpressions;
using System.Web;
using Loa.IntegrationTests.Feedback;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Accounts;

/// <summary>
/// The audit log holds no secret (security.md 23, decision record 5): after a realistic run — a sign-in, a wrong password,
/// a password reset by e-mail, an authenticator enrolled, a citizen's feedback with a phone number — no password, reset
/// token, authenticator key, recovery code or citizen's phone number, e-mail or name appears in any field of any entry.
/// </summary>
public sealed class AuditSecretsTests(PasswordResetTests.MailApps apps) : IClassFixture<PasswordResetTests.MailApps>
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task No_password_token_key_or_phone_number_is_ever_in_the_audit_log(Engine engine)
    {
        var (app, mail) = apps.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        var secrets = new List<string> { Scenario.Password };

        // a sign-in, and a wrong password
        using (var session = app.Session())
        {
            await session.LoginAsync(scenario.Leader.UserName!);
        }

        const string wrong = "Mat-khau-sai-Hoa-Ban-2026";
        secrets.Add(wrong);
        using (var stranger = app.Session())
        {
            var login = await stranger.GetPageAsync("/account/login");
            var refused = await stranger.SubmitAsync(login, "form", new() { ["Input.UserName"] = scenario.Coordinator.UserName, ["Input.Password"] = wrong });
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }

        // a password reset by e-mail
        var email = $"daumoi.{scenario.Commune.Code}@xa.example.gov.vn";
        await PasswordResetTests.SetEmailAsync(app, scenario.Coordinator.Id, email);
        using (var visitor = app.Session())
        {
            await visitor.SubmitAsync(await visitor.GetPageAsync("/account/forgot"), "form", new() { ["Name"] = scenario.Coordinator.UserName });
        }

        var link = new Uri(Regex.Match(await PasswordResetTests.WaitForMailAsync(mail, email), @"https://localhost/account/reset\?[^\s]+").Value);
        var token = HttpUtility.ParseQueryString(link.Query)["token"]!;
        secrets.Add(token);
        const string chosen = "cay da dau lang gio chieu";
        secrets.Add(chosen);
        using (var owner = app.Session())
        {
            var form = await owner.GetPageAsync(link.PathAndQuery);
            var done = await owner.SubmitAsync(form, "form", new() { ["NewPassword"] = chosen, ["Confirm"] = chosen });
            Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
            await owner.LoginAsync(scenario.Coordinator.UserName!, chosen);

            // an authenticator enrolled: its key and recovery codes
            var page = await owner.GetPageAsync("/account/authenticator");
            var key = page.QuerySelector("code.authenticator-key")!.TextContent.Trim();
            secrets.Add(key);
            secrets.Add(key.Replace(" ", "", StringComparison.Ordinal));
            var enrolled = await owner.SubmitAsync(page, "form", new() { ["Code"] = Totp.Code(key, app.Clock.Now) });
            var codes = WebSession.Parse(await enrolled.Content.ReadAsStringAsync(), "/").QuerySelectorAll("ol.codes code")
                .Select(c => c.TextContent.Trim()).ToList();
            Assert.NotEmpty(codes);
            secrets.AddRange(codes);
        }

        // a citizen's feedback with a phone number
        await FeedbackData.SendAsync(app, scenario);
        secrets.AddRange([FeedbackData.Phone, FeedbackData.Phone.Replace(" ", "", StringComparison.Ordinal), FeedbackData.Email, FeedbackData.Name]);

        await using var db = app.SystemDb();
        var entries = await db.AuditEntries.ToListAsync();
        var actions = entries.Select(e => e.Action).ToHashSet();
        Assert.Superset(new HashSet<string> { "login", "login-failed", "password-reset-requested", "password-reset", "2fa-enabled", "create" }, actions);
        foreach (var entry in entries)
        {
            string?[] fields = [entry.UserId, entry.UserName, entry.IpAddress, entry.Action, entry.EntityType, entry.EntityId, entry.Detail];
            foreach (var secret in secrets.Where(s => s.Length >= 6))
            {
                Assert.All(fields, f => Assert.False(
                    f?.Contains(secret, StringComparison.OrdinalIgnoreCase) == true, $"audit entry {entry.Id} ({entry.Action}) holds a secret: {f}"));
            }
        }
    }
}
