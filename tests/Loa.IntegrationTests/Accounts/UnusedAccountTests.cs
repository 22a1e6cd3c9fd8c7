using System.Net;
using Loa.Domain.Accounts;
using Loa.IntegrationTests.Infrastructure;
using Loa.Web.Infrastructure.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Loa.IntegrationTests.Accounts;

/// <summary>Accounts unused for 45 days are disabled by the account job; the administrator sees why and enables them again.</summary>
public sealed class UnusedAccountTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Accounts_unused_for_45_days_are_disabled_the_administrator_sees_why_and_enables_them_again(Engine engine)
    {
        using var app = new LoaAppFactory(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        var admin = await Scenario.CreateAdminAsync(app);
        var job = app.Services.GetRequiredService<AccountJobWorker>();
        using (var officer = app.Session())
        {
            await officer.LoginAsync(scenario.Officer.UserName!);
        }

        // the job's first run starts the count for accounts it never saw (the leader never signed in)
        await job.RunOnceAsync();
        var start = app.Clock.Now;
        app.Clock.Now = start.AddDays(44);
        Assert.Empty((await job.RunOnceAsync())!);
        using (var leader = app.Session())
        {
            await leader.LoginAsync(scenario.Leader.UserName!);
        }

        app.Clock.Now = start.AddDays(46);
        var disabled = await job.RunOnceAsync();
        Assert.Contains(scenario.Officer.UserName, disabled!);
        Assert.Contains(scenario.Coordinator.UserName, disabled!);
        Assert.DoesNotContain(scenario.Leader.UserName, disabled!);

        // the last administrator is kept, so that someone can enable the others again
        Assert.DoesNotContain(admin.UserName, disabled!);
        await using (var db = app.SystemDb())
        {
            Assert.False((await db.Users.SingleAsync(u => u.Id == admin.Id)).IsDisabled);
            var officer = await db.Users.SingleAsync(u => u.Id == scenario.Officer.Id);
            Assert.Equal((true, DisabledReason.Unused), (officer.IsDisabled, officer.DisabledReason));
            var actions = await db.AuditEntries.Where(a => a.EntityId == scenario.Officer.Id).Select(a => a.Action).ToListAsync();
            Assert.Contains("account-disabled", actions);
        }

        using var refused = app.Session();
        Assert.Equal(LoginMessage, (await SignInForms.TryAsync(refused, scenario.Officer.UserName!, Scenario.Password)).Messages);

        using var session = app.Session();
        await session.LoginAsync(admin.UserName!);
        Assert.Contains("không đăng nhập quá thời hạn", (await session.GetPageAsync("/admin/users")).Text(), StringComparison.Ordinal);
        var edit = await session.GetPageAsync($"/admin/users/edit/{scenario.Officer.Id}");
        Assert.Contains("Không đăng nhập quá thời hạn quy định nên hệ thống tự khóa (45 ngày)", edit.Text(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await session.SubmitAsync(edit, "form[action*='handler=Lock']", [])).StatusCode);

        using var back = app.Session();
        await back.LoginAsync(scenario.Officer.UserName!);
        Assert.Equal(HttpStatusCode.OK, (await back.Client.GetAsync("/tasks/mine")).StatusCode);
        Assert.DoesNotContain(scenario.Officer.UserName, (await job.RunOnceAsync())!);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_job_runs_on_an_installation_that_has_no_administrator_yet(Engine engine)
    {
        using var app = new LoaAppFactory(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        var job = app.Services.GetRequiredService<AccountJobWorker>();
        await job.RunOnceAsync();
        app.Clock.Now = LoaAppFactory.Now.AddDays(46);
        try
        {
            Assert.Contains(scenario.Officer.UserName, (await job.RunOnceAsync())!);
        }
        finally
        {
            app.Clock.Now = LoaAppFactory.Now;
        }
    }

    private const string LoginMessage = "Tên đăng nhập hoặc mật khẩu không đúng.";
}
