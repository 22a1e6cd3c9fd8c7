using System.Net;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Accounts;

/// <summary>
/// Failed sign-ins tell nothing (same answer, same time for an unknown name, a wrong password and a locked
/// account), lock only the address that failed, count a name in any case as one, and are audited.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class SignInLimitsTests(AppFixture fixture, Xunit.Abstractions.ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task An_unknown_name_and_a_wrong_password_take_the_same_time(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        using var session = app.Session();
        TestClientAddress.Use(session, "203.0.113.10");
        await SignInForms.TryAsync(session, "khoi.dong." + scenario.Commune.Code, "lan-dau-cho-may-chay-nong");

        // nine of each, interleaved: the real account passes its fifth failure (locked from here) on the way
        var unknown = new List<TimeSpan>();
        var wrong = new List<TimeSpan>();
        for (var i = 0; i < 9; i++)
        {
            unknown.Add((await SignInForms.TryAsync(session, "khong.ton.tai." + scenario.Commune.Code, "sai-mat-khau-dai-du-" + i)).Took);
            wrong.Add((await SignInForms.TryAsync(session, scenario.Leader.UserName!, "sai-mat-khau-dai-du-" + i)).Took);
        }

        var (u, w) = (SignInForms.MedianMilliseconds(unknown), SignInForms.MedianMilliseconds(wrong));
        output.WriteLine($"{engine}: median of an unknown name {u:F1} ms, of a wrong password {w:F1} ms");
        Assert.True(u * 3 > w && w * 3 > u, $"median of an unknown name {u:F1} ms, of a wrong password {w:F1} ms");
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_locked_account_answers_exactly_like_an_unknown_name(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        using var attacker = app.Session();
        TestClientAddress.Use(attacker, "203.0.113.20");
        var unknownName = "khong.ton.tai." + scenario.Commune.Code;
        var first = await SignInForms.TryAsync(attacker, unknownName, "sai-mat-khau-dai-du");
        for (var i = 0; i < 6; i++)
        {
            var answer = await SignInForms.TryAsync(attacker, scenario.Officer.UserName!, "mat-khau-sai-" + i);
            Assert.Equal((first.Status, first.Messages), (answer.Status, answer.Messages));
        }

        // locked now for this address: even the right password answers as an unknown name does, and signs nobody in
        var right = await SignInForms.TryAsync(attacker, scenario.Officer.UserName!, Scenario.Password);
        var unknown = await SignInForms.TryAsync(attacker, unknownName, "sai-mat-khau-dai-du");
        Assert.Equal((first.Status, first.Messages), (right.Status, right.Messages));
        Assert.Equal((first.Status, first.Messages), (unknown.Status, unknown.Messages));
        Assert.DoesNotContain("khóa", right.Messages, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.Redirect, (await attacker.Client.GetAsync("/tasks/mine")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Five_wrong_passwords_from_one_address_do_not_lock_the_leader_out_and_are_audited(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        using var attacker = app.Session();
        TestClientAddress.Use(attacker, "203.0.113.30");
        for (var i = 0; i < 5; i++)
        {
            await SignInForms.TryAsync(attacker, scenario.Leader.UserName!, "mat-khau-sai-" + i);
        }

        Assert.NotEqual(HttpStatusCode.Redirect, (await SignInForms.TryAsync(attacker, scenario.Leader.UserName!, Scenario.Password)).Status);

        using var leader = app.Session();
        TestClientAddress.Use(leader, "198.51.100.30");
        await leader.LoginAsync(scenario.Leader.UserName!);
        Assert.Equal(HttpStatusCode.OK, (await leader.Client.GetAsync("/dashboard")).StatusCode);

        await using var db = app.SystemDb();
        var entries = await db.AuditEntries.Where(a => a.UserName == scenario.Leader.UserName).OrderBy(a => a.Id).ToListAsync();
        var locked = Assert.Single(entries, e => e.Action == "login-locked");
        Assert.Equal("203.0.113.30", locked.IpAddress);
        Assert.Equal(scenario.Leader.Id, locked.UserId);
        Assert.Equal(5, entries.Count(e => e.Action == "login-failed" && e.IpAddress == "203.0.113.30"));
        Assert.Contains(entries, e => e.Action == "login" && e.Succeeded && e.IpAddress == "198.51.100.30");
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_name_in_any_case_counts_as_one_for_the_limits(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        var name = scenario.Coordinator.UserName!;
        string[] spellings = [name.ToUpperInvariant(), name, char.ToUpperInvariant(name[0]) + name[1..], " " + name.ToUpperInvariant() + " "];

        // the owner signed in from the office before
        using var owner = app.Session();
        TestClientAddress.Use(owner, "198.51.100.40");
        await owner.LoginAsync(name);

        // five failures from one address, in four spellings, lock that address for every spelling
        using var one = app.Session();
        TestClientAddress.Use(one, "203.0.113.40");
        for (var i = 0; i < 5; i++)
        {
            await SignInForms.TryAsync(one, spellings[i % spellings.Length], "mat-khau-sai-" + i);
        }

        Assert.NotEqual(HttpStatusCode.Redirect, (await SignInForms.TryAsync(one, name, Scenario.Password)).Status);

        // ten failures a minute (those five and five more from other addresses), in any spelling, slow the name down
        // everywhere but at the owner's known address
        for (var i = 0; i < 5; i++)
        {
            using var bot = app.Session();
            TestClientAddress.Use(bot, $"192.0.2.{i + 1}");
            Assert.Equal(HttpStatusCode.OK, (await SignInForms.TryAsync(bot, spellings[i % spellings.Length], "mat-khau-sai-" + i)).Status);
        }

        using var another = app.Session();
        TestClientAddress.Use(another, "192.0.2.200");
        Assert.Equal(HttpStatusCode.TooManyRequests, (await SignInForms.TryAsync(another, name.ToUpperInvariant(), Scenario.Password)).Status);
        using var office = app.Session();
        TestClientAddress.Use(office, "198.51.100.40");
        await office.LoginAsync(name);
    }
}
