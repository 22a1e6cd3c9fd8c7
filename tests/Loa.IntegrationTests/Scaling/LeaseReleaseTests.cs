using Loa.Backups;
using Loa.Domain.Accounts;
using Loa.Feedbacks;
using Loa.IntegrationTests.Infrastructure;
using Loa.Notifications;
using Loa.Web.Infrastructure.Accounts;
using Loa.Web.Infrastructure.Backups;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Loa.IntegrationTests.Scaling;

/// <summary>
/// An instance that stops hands every scheduled job over at once (reminders, feedback retention, accounts, backup), instead of
/// holding their leases until they expire.
/// </summary>
public sealed class LeaseReleaseTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Stopping_an_instance_releases_its_job_leases_so_another_takes_them_at_once(Engine engine)
    {
        using var keeper = new LoaAppFactory(engine);
        var worker = keeper.SecondInstance(secondSettings: new Dictionary<string, string?>
        {
            ["Reminders:Enabled"] = "true",
            ["Reminders:StartDelaySeconds"] = "0",
            ["Backup:IntervalHours"] = "24",
            ["Backup:Folder"] = Path.Combine(keeper.DataPath, "sao-luu"),
        });
        try
        {
            _ = worker.Server;
            // the account job and the backup run when their time comes; here, at once
            Assert.NotNull(await worker.Services.GetRequiredService<AccountJobWorker>().RunOnceAsync());
            Assert.NotNull(await worker.Services.GetServices<IHostedService>().OfType<BackupWorker>().Single().RunOnceAsync(default));
            await WaitForAsync(keeper, ["reminders", FeedbackRetention.Job, AccountJob.Job, ScheduledBackup.Job]);
        }
        finally
        {
            // a graceful stop, as on a deployment or a scale-down
            worker.Dispose();
        }

        // at the same moment (the clock has not moved: the leases were taken for an hour), another instance gets both jobs
        await using var db = keeper.SystemDb();
        Assert.True(await JobLeases.TryTakeAsync(db, "reminders", "the-next-instance", LoaAppFactory.Now.UtcDateTime, TimeSpan.FromMinutes(60)));
        Assert.True(await JobLeases.TryTakeAsync(db, FeedbackRetention.Job, "the-next-instance", LoaAppFactory.Now.UtcDateTime, TimeSpan.FromMinutes(60)));
        Assert.True(await JobLeases.TryTakeAsync(db, AccountJob.Job, "the-next-instance", LoaAppFactory.Now.UtcDateTime, TimeSpan.FromMinutes(60)));
        Assert.True(await JobLeases.TryTakeAsync(db, ScheduledBackup.Job, "the-next-instance", LoaAppFactory.Now.UtcDateTime, TimeSpan.FromMinutes(60)));
    }

    private static async Task WaitForAsync(LoaAppFactory app, string[] jobs)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            await using (var db = app.SystemDb())
            {
                var held = await db.JobLeases.AsNoTracking().Where(l => jobs.Contains(l.Name) && l.Holder != "").CountAsync();
                if (held == jobs.Length)
                {
                    return;
                }
            }

            Assert.True(DateTime.UtcNow < deadline, "the scheduled jobs never took their leases");
            await Task.Delay(250);
        }
    }
}
