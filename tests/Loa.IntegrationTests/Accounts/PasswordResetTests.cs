using System.Net;
using System.Text.RegularExpressions;
using Loa.IntegrationTests.Infrastructure;
using Loa.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Loa.IntegrationTests.Accounts;

/// <summary>
/// "Quên mật khẩu?": the same answer for every name, a link by e-mail (the app's mail folder) that works once and
/// for 30 minutes, ends every session, and requests limited per name and per address.
/// </summary>
public sealed class PasswordResetTests(PasswordResetTests.MailApps apps) : IClassFixture<PasswordResetTests.MailApps>
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_answer_never_tells_whether_a_name_exists_and_the_mailed_link_works_once_and_ends_sessions(Engine engine)
    {
        var (app, mail) = apps.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        var email = $"daumoi.{scenario.Commune.Code}@xa.example.gov.vn";
        await SetEmailAsync(app, scenario.Coordinator.Id, email);
        using var before = app.Session();
        await before.LoginAsync(scenario.Coordinator.UserName!);

        var answers = new List<string>();
        string[] names =
        [
            "khong.ton.tai." + scenario.Commune.Code, scenario.Coordinator.UserName!.ToUpperInvariant(), "ai@khong.example.gov.vn", scenario.Leader.UserName!,
        ];
        foreach (var name in names)
        {
            using var visitor = app.Session();
            TestClientAddress.Use(visitor, "203.0.113.60");
            var response = await visitor.SubmitAsync(await visitor.GetPageAsync("/account/forgot"), "form", new() { ["Name"] = name });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            answers.Add(WebSession.Parse(await response.Content.ReadAsStringAsync(), "/").QuerySelector("main")!.TextContent);
        }

        Assert.Single(answers.Distinct());
        Assert.Contains("Nếu tên hoặc địa chỉ này thuộc một tài khoản", answers[0], StringComparison.Ordinal);

        // one mail, to the coordinator (the leader has no address)
        var message = await WaitForMailAsync(mail, email);
        Assert.Single(Directory.GetFiles(mail, "*.eml"), f => File.ReadAllText(f).Contains(email, StringComparison.OrdinalIgnoreCase));
        var link = new Uri(Regex.Match(message, @"https://localhost/account/reset\?[^\s]+").Value);

        using var owner = app.Session();
        var form = await owner.GetPageAsync(link.PathAndQuery);
        var weak = await owner.SubmitAsync(form, "form", new() { ["NewPassword"] = "ngan", ["Confirm"] = "ngan" });
        var errors = WebSession.Parse(await weak.Content.ReadAsStringAsync(), "/").ValidationErrors();
        Assert.Contains(errors, e => e.Contains("ít nhất 12 ký tự", StringComparison.Ordinal));
        const string chosen = "hoa sen no tren mat ho";
        var done = await owner.SubmitAsync(form, "form", new() { ["NewPassword"] = chosen, ["Confirm"] = chosen });
        Assert.Equal("/account/login?reason=reset", done.Headers.Location!.OriginalString);
        Assert.Contains("Đã đặt mật khẩu mới", (await owner.GetPageAsync("/account/login?reason=reset")).Text(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await before.Client.GetAsync("/plans")).StatusCode);
        await owner.LoginAsync(scenario.Coordinator.UserName!, chosen);

        // used once: the same link is refused
        using var replay = app.Session();
        var again = await replay.GetPageAsync(link.PathAndQuery);
        Assert.Contains("không còn hiệu lực", again.Text(), StringComparison.Ordinal);
        Assert.Null(again.QuerySelector("input[name=NewPassword]"));

        await using var db = app.SystemDb();
        var actions = await db.AuditEntries.Where(a => a.UserId == scenario.Coordinator.Id).Select(a => a.Action).ToListAsync();
        Assert.Contains("password-reset-requested", actions);
        Assert.Contains("password-reset", actions);
        Assert.DoesNotContain(await db.AuditEntries.Select(a => a.Detail ?? "").ToListAsync(), d => d.Contains("token", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_reset_link_expires_after_30_minutes(Engine engine)
    {
        var (app, mail) = apps.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        var email = $"lanhdao.{scenario.Commune.Code}@xa.example.gov.vn";
        await SetEmailAsync(app, scenario.Leader.Id, email);
        using var clock = app.Clock.RestoreAfterwards();
        using var visitor = app.Session();
        TestClientAddress.Use(visitor, "203.0.113.61");
        await visitor.SubmitAsync(await visitor.GetPageAsync("/account/forgot"), "form", new() { ["Name"] = email });
        var link = new Uri(Regex.Match(await WaitForMailAsync(mail, email), @"https://localhost/account/reset\?[^\s]+").Value);

        app.Clock.Now = app.Clock.Now.AddMinutes(29);
        Assert.NotNull((await visitor.GetPageAsync(link.PathAndQuery)).QuerySelector("input[name=NewPassword]"));
        app.Clock.Now = app.Clock.Now.AddMinutes(2);
        Assert.Contains("không còn hiệu lực", (await visitor.GetPageAsync(link.PathAndQuery)).Text(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Reset_requests_are_limited_per_name_and_per_address(Engine engine)
    {
        var (app, _) = apps.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        async Task<HttpStatusCode> AskAsync(string address, string name)
        {
            using var visitor = app.Session();
            TestClientAddress.Use(visitor, address);
            return (await visitor.SubmitAsync(await visitor.GetPageAsync("/account/forgot"), "form", new() { ["Name"] = name })).StatusCode;
        }

        // three an hour for one name, whichever address and case
        var name = scenario.Officer.UserName!;
        Assert.Equal(HttpStatusCode.OK, await AskAsync("198.51.100.71", name));
        Assert.Equal(HttpStatusCode.OK, await AskAsync("198.51.100.72", name.ToUpperInvariant()));
        Assert.Equal(HttpStatusCode.OK, await AskAsync("198.51.100.73", name));
        Assert.Equal(HttpStatusCode.TooManyRequests, await AskAsync("198.51.100.74", name));

        // ten an hour from one address, whatever the names
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.OK, await AskAsync("203.0.113.75", $"ten.{i}.{scenario.Commune.Code}"));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, await AskAsync("203.0.113.75", "ten.khac." + scenario.Commune.Code));
    }

    internal static async Task SetEmailAsync(LoaAppFactory app, string userId, string email)
    {
        await using var db = app.SystemDb();
        var user = await db.Users.SingleAsync(u => u.Id == userId);
        user.Email = email;
        user.NormalizedEmail = email.ToUpperInvariant();
        await db.SaveChangesAsync();
    }

    /// <summary>The mail is sent after the answer: waits (at most 20 s) for the .eml written to the address.</summary>
    internal static async Task<string> WaitForMailAsync(string folder, string to)
    {
        for (var waited = 0; waited < 200; waited++)
        {
            foreach (var file in Directory.Exists(folder) ? Directory.GetFiles(folder, "*.eml") : [])
            {
                var text = DecodedMail(await File.ReadAllTextAsync(file));
                if (text.Contains(to, StringComparison.OrdinalIgnoreCase))
                {
                    return text;
                }
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"no mail to {to} in {folder}");
    }

    /// <summary>The .eml as text: its body may be quoted-printable or base64.</summary>
    private static string DecodedMail(string eml)
    {
        var split = eml.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var (head, body) = split < 0 ? (eml, "") : (eml[..split], eml[(split + 4)..]);
        if (head.Contains("Content-Transfer-Encoding: base64", StringComparison.OrdinalIgnoreCase))
        {
            body = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(body.Split('\r', '\n'))));
        }
        else if (head.Contains("quoted-printable", StringComparison.OrdinalIgnoreCase))
        {
            body = Regex.Replace(body.Replace("=\r\n", "", StringComparison.Ordinal), "(=[0-9A-F]{2})+", m =>
                System.Text.Encoding.UTF8.GetString(m.Value.Split('=', StringSplitOptions.RemoveEmptyEntries).Select(h => Convert.ToByte(h, 16)).ToArray()));
        }

        return head + "\n\n" + body;
    }

    /// <summary>One app per engine that writes its e-mail to a folder, shared by the tests of this class.</summary>
    public sealed class MailApps : IDisposable
    {
        private readonly Dictionary<Engine, (LoaAppFactory App, string Mail)> apps = [];
        private readonly Lock gate = new();

        public (LoaAppFactory App, string Mail) App(Engine engine)
        {
            lock (gate)
            {
                if (!apps.TryGetValue(engine, out var entry))
                {
                    var mail = Path.Combine(Path.GetTempPath(), "loa-mail-" + Guid.NewGuid().ToString("N"));
                    var app = new LoaAppFactory(engine, configure: services =>
                        services.PostConfigure<EmailOptions>(o => (o.Mode, o.Folder) = ("Folder", mail)));
                    _ = app.Server;
                    entry = (app, mail);
                    apps[engine] = entry;
                }

                return entry;
            }
        }

        public void Dispose()
        {
            foreach (var (app, mail) in apps.Values)
            {
                app.Dispose();
                if (Directory.Exists(mail))
                {
                    Directory.Delete(mail, recursive: true);
                }
            }
        }
    }
}
