using System.Net;
using Loa.Domain.Accounts;
using Loa.Domain.Geography;
using Loa.Feedbacks;
using Loa.IntegrationTests.Infrastructure;
using Loa.Units;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Scaling;

/// <summary>
/// The production shape for real: two processes of the built app on one PostgreSQL database behind nginx
/// (security.md 28 and issue 10, item 8). Signs in and posts through the proxy, hits the limits across both
/// instances, replays a form, watches the scheduled jobs, and stops one instance mid-way.
/// </summary>
public sealed class TwoInstancesBehindProxyTests
{
    private const string Password = "Mat-khau-hai-may-chu-2026";

    [ClusterFact]
    public async Task Two_instances_behind_nginx_share_sessions_limits_form_stamps_and_jobs_and_carry_on_when_one_stops()
    {
        // 1. Both instances, started at once on an empty database, came up (StartAsync waits for both).
        await using var cluster = await ProxiedCluster.StartAsync();
        var (commune, coordinator, leader) = await ArrangeAsync(cluster);
        var portal = "/x/" + commune.Code;

        // 2. Sign in through the proxy; the session works on both instances, which see https and the client's address.
        var staffCookies = new CookieContainer();
        using var staff = new WebSession(cluster.ThroughProxy(staffCookies));
        await staff.LoginAsync(coordinator, Password);
        var servedBy = new HashSet<AppProcess>();
        for (var i = 0; i < 4; i++)
        {
            var page = await staff.Client.GetAsync("/plans");
            Assert.True(page.StatusCode == HttpStatusCode.OK, $"/plans through the proxy answered {(int)page.StatusCode}");
            servedBy.Add(cluster.AnsweredBy(page));
        }

        Assert.Equal(2, servedBy.Count);
        using (var anonymous = cluster.ThroughProxy())
        {
            var login = await anonymous.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/account/login") { Headers = { Host = "loa.test" } });
            Assert.True(login.Headers.Contains("Strict-Transport-Security"), "no HSTS behind the TLS proxy");
            var antiforgery = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("loa.af=", StringComparison.Ordinal));
            Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);
        }

        // 3. A login cookie and a form token from instance 1 are valid on instance 2 (security.md 28).
        await SessionAndTokenTravelAsync(cluster, leader);

        // 4. Post through the proxy; the same form replayed to either instance is refused and saves nothing.
        await PostAndReplayAsync(cluster, commune);

        // 5. A scheduled job runs once at a time across the instances, not once on each.
        var holder = await RunsOneAtATimeAsync(cluster);
        var survivor = cluster.Instances.Single(i => i != holder);

        // 6. Limits are totals across both instances: sign-in attempts through the proxy, turn and turn about ...
        await SignInLimitAsync(cluster);

        // ... and public posts, one to each instance, then the rest through the proxy while one of them stops
        // (SIGTERM, as on a deployment): the count goes on in the database and the limit holds.
        await ProxiedCluster.RoomInThisMinuteAsync(TimeSpan.FromSeconds(40));
        foreach (var instance in cluster.Instances)
        {
            await SendFeedbackDirectAsync(instance, portal, from: "127.0.0.2");
        }

        var stopping = holder.StopAsync();
        using var busy = new WebSession(cluster.ThroughProxy(new CookieContainer(), from: "127.0.0.2"));
        for (var i = cluster.Instances.Count; i < ProxiedCluster.PostsPerMinute; i++)
        {
            await SendFeedbackAsync(cluster, busy, portal, HttpStatusCode.Redirect);
        }

        await SendFeedbackAsync(cluster, busy, portal, HttpStatusCode.TooManyRequests);
        var exit = await stopping;
        Assert.True(exit == 0, $"the stopped instance exited with {(exit is { } code ? code : "nothing")}:\n{holder.Output}");
        await AssertLeasesFreeOrWithAsync(cluster, survivor);

        // ... while another citizen behind the same proxy still has its own allowance
        using (var other = new WebSession(cluster.ThroughProxy(new CookieContainer(), from: "127.0.0.3")))
        {
            Assert.Equal(survivor, await SendFeedbackAsync(cluster, other, portal, HttpStatusCode.Redirect));
        }

        // 7. The signed-in session carries on through the proxy on the instance left.
        for (var i = 0; i < 3; i++)
        {
            var page = await staff.Client.GetAsync("/plans");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal(survivor, cluster.AnsweredBy(page));
        }

        // 8. The instance left takes over both scheduled jobs at once, not after their leases run out (an hour).
        await WaitForHolderAsync(cluster, survivor, ["reminders", FeedbackRetention.Job]);

        var plans = await staff.GetPageAsync("/plans");
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SubmitAsync(plans, "form[action='/account/logout']", [])).StatusCode);
    }

    private static async Task<(Commune Commune, string Coordinator, string Leader)> ArrangeAsync(ProxiedCluster cluster)
    {
        await using var db = cluster.Db();
        var commune = await db.Communes.OrderBy(c => c.Id).Skip(777).FirstAsync();
        commune.InService = true; // its portal takes feedback (decision record 22)
        var unit = new Unit
        {
            ProvinceId = commune.ProvinceId,
            CommuneId = commune.Id,
            Name = "Phòng Văn hóa – Xã hội",
            Kind = UnitKind.Office,
            IsCoordinator = true,
        };
        db.Units.Add(unit);
        await db.SaveChangesAsync();
        db.Users.Add(LocalAccounts.Create("daumoi.haimay", "Cán bộ đầu mối", UserRole.Coordinator, Password, commune.ProvinceId, commune.Id, unit.Id));
        db.Users.Add(LocalAccounts.Create("lanhdao.haimay", "Lãnh đạo", UserRole.Leader, Password, commune.ProvinceId, commune.Id));
        await db.SaveChangesAsync();
        return (commune, "daumoi.haimay", "lanhdao.haimay");
    }

    private static async Task SessionAndTokenTravelAsync(ProxiedCluster cluster, string leader)
    {
        var (one, two) = (cluster.Instances[0], cluster.Instances[1]);
        using var loginPage = ProxiedCluster.Direct(one);
        var served = await loginPage.GetAsync("/account/login");
        var antiforgery = ProxiedCluster.Cookie(served, "loa.af");
        using var signIn = new WebSession(ProxiedCluster.Direct(one, antiforgery));
        var signedIn = await signIn.SubmitAsync(WebSession.Parse(await served.Content.ReadAsStringAsync(), "/account/login"), "form", new()
        {
            ["Input.UserName"] = leader,
            ["Input.Password"] = Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var session = ProxiedCluster.Cookie(signedIn, "loa.session");

        using var onOne = new WebSession(ProxiedCluster.Direct(one, antiforgery, session));
        using var onTwo = new WebSession(ProxiedCluster.Direct(two, antiforgery, session));
        var page = await onOne.GetPageAsync("/plans");
        Assert.Equal(HttpStatusCode.OK, (await onTwo.Client.GetAsync("/plans")).StatusCode);
        var signedOut = await onTwo.SubmitAsync(page, "form[action='/account/logout']", []);
        Assert.True(signedOut.StatusCode == HttpStatusCode.Redirect, $"instance 2 refused the form token of instance 1: {(int)signedOut.StatusCode}");
    }

    private static async Task PostAndReplayAsync(ProxiedCluster cluster, Commune commune)
    {
        var url = $"/x/{commune.Code}/feedback?loai=phan-anh";
        var cookies = new CookieContainer();
        using var citizen = new WebSession(cluster.ThroughProxy(cookies));
        var form = await citizen.GetPageAsync(url);
        var sent = await citizen.SubmitAsync(form, "form.feedback-form", Feedback("Lần đầu"));
        Assert.True(sent.StatusCode == HttpStatusCode.Redirect, await Problem("the feedback through the proxy", sent));

        var antiforgery = "loa.af=" + cookies.GetCookies(cluster.Proxy.Address)["loa.af"]!.Value;
        foreach (var instance in cluster.Instances)
        {
            using var replay = new WebSession(ProxiedCluster.Direct(instance, antiforgery));
            var answer = await replay.SubmitAsync(form, "form.feedback-form", Feedback("Gửi lại"));
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            var errors = WebSession.Parse(await answer.Content.ReadAsStringAsync(), url).ValidationErrors();
            Assert.Contains(errors, e => e.Contains("đã được gửi", StringComparison.Ordinal));
        }

        await using var db = cluster.Db();
        Assert.Equal(1, await db.Feedback.IgnoreQueryFilters().CountAsync(f => f.CommuneId == commune.Id));
    }

    private static async Task<AppProcess> SendFeedbackAsync(ProxiedCluster cluster, WebSession citizen, string portal, HttpStatusCode expected)
    {
        var form = await citizen.GetPageAsync(portal + "/feedback?loai=phan-anh");
        var answer = await citizen.SubmitAsync(form, "form.feedback-form", Feedback("Giới hạn"));
        Assert.True(answer.StatusCode == expected, $"expected {(int)expected}: " + await Problem("the feedback", answer));
        return cluster.AnsweredBy(answer);
    }

    /// <summary>A feedback sent straight to one instance as the proxy would pass it on, for a citizen at <paramref name="from"/>.</summary>
    private static async Task SendFeedbackDirectAsync(AppProcess instance, string portal, string from)
    {
        var url = portal + "/feedback?loai=phan-anh";
        using var browser = ProxiedCluster.Direct(instance);
        browser.DefaultRequestHeaders.Add("X-Forwarded-For", from);
        var served = await browser.GetAsync(url);
        using var citizen = new WebSession(ProxiedCluster.Direct(instance, ProxiedCluster.Cookie(served, "loa.af")));
        citizen.Client.DefaultRequestHeaders.Add("X-Forwarded-For", from);
        var answer = await citizen.SubmitAsync(WebSession.Parse(await served.Content.ReadAsStringAsync(), url), "form.feedback-form", Feedback("Giới hạn"));
        Assert.True(answer.StatusCode == HttpStatusCode.Redirect, await Problem($"the feedback to the instance on {instance.Port}", answer));
    }

    private static async Task SignInLimitAsync(ProxiedCluster cluster)
    {
        await ProxiedCluster.RoomInThisMinuteAsync(TimeSpan.FromSeconds(20));
        using var guesser = new WebSession(cluster.ThroughProxy(new CookieContainer(), from: "127.0.0.4"));
        var page = await guesser.GetPageAsync("/account/login");
        var answers = new List<HttpStatusCode>();
        var servedBy = new HashSet<AppProcess>();
        for (var i = 0; i <= ProxiedCluster.SignInsPerMinute; i++)
        {
            var answer = await guesser.SubmitAsync(page, "form", new() { ["Input.UserName"] = "khong.ai." + i, ["Input.Password"] = "doan-mat-khau-" + i });
            answers.Add(answer.StatusCode);
            servedBy.Add(cluster.AnsweredBy(answer));
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, ProxiedCluster.SignInsPerMinute), HttpStatusCode.TooManyRequests], answers);
        Assert.Equal(2, servedBy.Count);
    }

    /// <summary>
    /// Both instances wake every 3 s to run the reminders; the lease lets one run at a time, so runs are never closer
    /// than the interval, whichever instance makes them (two instances each running would often be closer). Returns
    /// the instance that holds the feedback-retention job (its lease is an hour long).
    /// </summary>
    private static async Task<AppProcess> RunsOneAtATimeAsync(ProxiedCluster cluster)
    {
        var runs = new SortedSet<DateTime>();
        var until = DateTime.UtcNow.AddSeconds(15);
        string? retention = null;
        while (DateTime.UtcNow < until || runs.Count < 4 || retention is null)
        {
            await using (var db = cluster.Db())
            {
                var leases = await db.JobLeases.AsNoTracking().ToListAsync();
                if (leases.SingleOrDefault(l => l.Name == "reminders") is { LastRunAt: { } ran })
                {
                    runs.Add(ran);
                }

                retention = leases.SingleOrDefault(l => l.Name == FeedbackRetention.Job && l.Holder != "")?.Holder;
            }

            Assert.True(DateTime.UtcNow < until.AddSeconds(45), $"the reminder job ran {runs.Count} times; retention held by {retention ?? "nobody"}");
            await Task.Delay(400);
        }

        var gaps = runs.Zip(runs.Skip(1), (a, b) => b - a).ToList();
        Assert.All(gaps, gap => Assert.True(gap >= ProxiedCluster.JobInterval - TimeSpan.FromMilliseconds(5), $"two runs {gap.TotalSeconds:0.000} s apart"));
        return cluster.Instances.Single(i => retention!.Contains($":{i.Id}:", StringComparison.Ordinal));
    }

    private static async Task AssertLeasesFreeOrWithAsync(ProxiedCluster cluster, AppProcess survivor)
    {
        await using var db = cluster.Db();
        var now = DateTime.UtcNow;
        foreach (var lease in await db.JobLeases.AsNoTracking().ToListAsync())
        {
            var free = lease.Holder.Contains($":{survivor.Id}:", StringComparison.Ordinal) || lease.ExpiresAt <= now;
            Assert.True(free, $"the stopped instance still holds {lease.Name} until {lease.ExpiresAt:O}");
        }
    }

    private static async Task WaitForHolderAsync(ProxiedCluster cluster, AppProcess survivor, string[] jobs)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            await using (var db = cluster.Db())
            {
                var held = await db.JobLeases.AsNoTracking().Where(l => jobs.Contains(l.Name)).ToListAsync();
                if (held.Count == jobs.Length && held.All(l => l.Holder.Contains($":{survivor.Id}:", StringComparison.Ordinal)))
                {
                    return;
                }

                var state = string.Join(", ", held.Select(l => $"{l.Name} by {l.Holder} until {l.ExpiresAt:O}"));
                Assert.True(DateTime.UtcNow < deadline, "the instance left did not take over: " + state);
            }

            await Task.Delay(500);
        }
    }

    private static async Task<string> Problem(string what, HttpResponseMessage response) =>
        $"{what} answered {(int)response.StatusCode}: {await WebSession.Text(response)}";

    private static Dictionary<string, object?> Feedback(string subject) => new()
    {
        ["Input.Category"] = "AdministrativeProcedure",
        ["Input.Subject"] = subject,
        ["Input.Content"] = "Thời gian chờ chứng thực tại Bộ phận Một cửa quá lâu.",
        ["Input.Name"] = "Lưu Thị Bích Ngọc",
        ["Input.Address"] = "Số 48 đường Nguyễn Ái Quốc, tổ 7",
        ["Input.Phone"] = "0913 579 246",
        ["Input.Consent"] = "true",
    };
}
