using Loa.IntegrationTests.Infrastructure;
using Loa.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Notifications;

/// <summary>
/// The lease that lets several app instances share one database and still run scheduled work once: of two
/// instances asking at the same moment exactly one gets it; the holder may renew it; another gets it once it expires.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class JobLeaseTests(AppFixture fixture)
{
    private static readonly DateTime Now = new(2026, 7, 1, 2, 0, 0, DateTimeKind.Utc);

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Of_two_instances_asking_at_once_exactly_one_takes_the_lease(Engine engine)
    {
        var app = fixture.App(engine);
        for (var round = 0; round < 10; round++)
        {
            // A job never run before (the row does not exist yet), so both also race to create it.
            var job = "thu-" + Guid.NewGuid().ToString("N")[..10];
            await using var first = app.SystemDb();
            await using var second = app.SystemDb();
            using var start = new Barrier(2);
            Task<bool> Take(Loa.Data.LoaDbContext db, string holder) => Task.Run(async () =>
            {
                start.SignalAndWait();
                return await JobLeases.TryTakeAsync(db, job, holder, Now, TimeSpan.FromMinutes(60));
            });

            var taken = await Task.WhenAll(Take(first, "may-1"), Take(second, "may-2"));

            Assert.Equal(1, taken.Count(t => t));
            await using var db = app.SystemDb();
            var lease = await db.JobLeases.SingleAsync(l => l.Name == job);
            Assert.Equal(taken[0] ? "may-1" : "may-2", lease.Holder);
            Assert.Equal(Now.AddMinutes(60), lease.ExpiresAt);
            Assert.Equal(Now, lease.LastRunAt);
        }
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_holder_renews_its_lease_and_another_takes_it_only_once_it_expires(Engine engine)
    {
        var app = fixture.App(engine);
        var job = "thu-" + Guid.NewGuid().ToString("N")[..10];
        var hour = TimeSpan.FromHours(1);
        await using var db = app.SystemDb();

        Assert.True(await JobLeases.TryTakeAsync(db, job, "may-1", Now, hour));
        Assert.False(await JobLeases.TryTakeAsync(db, job, "may-2", Now.AddMinutes(30), hour));
        Assert.True(await JobLeases.TryTakeAsync(db, job, "may-1", Now.AddMinutes(59), hour));
        Assert.False(await JobLeases.TryTakeAsync(db, job, "may-2", Now.AddMinutes(90), hour));
        Assert.True(await JobLeases.TryTakeAsync(db, job, "may-2", Now.AddMinutes(120), hour));
        Assert.False(await JobLeases.TryTakeAsync(db, job, "may-1", Now.AddMinutes(121), hour));

        await using var check = app.SystemDb();
        var lease = await check.JobLeases.SingleAsync(l => l.Name == job);
        Assert.Equal(("may-2", Now.AddMinutes(180)), (lease.Holder, lease.ExpiresAt));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task With_several_instances_the_scheduled_work_runs_once(Engine engine)
    {
        var app = fixture.App(engine);
        var job = "thu-" + Guid.NewGuid().ToString("N")[..10];
        var runs = 0;
        var instances = Enumerable.Range(1, 4).Select(i => Task.Run(async () =>
        {
            await using var db = app.SystemDb();
            if (await JobLeases.TryTakeAsync(db, job, $"may-{i}", Now, TimeSpan.FromMinutes(60)))
            {
                Interlocked.Increment(ref runs);
            }
        }));

        await Task.WhenAll(instances);

        Assert.Equal(1, runs);
    }
}
