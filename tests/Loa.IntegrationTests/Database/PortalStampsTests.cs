using Loa.Data;
using Loa.IntegrationTests.Infrastructure;
using Loa.Portal;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Database;

/// <summary>
/// Every save raises the portal stamps of what it touched, in its own transaction (decision record 41): a commune's data
/// its commune's stamp and no other, data of no commune (a province's profile) the stamp every portal reads.
/// </summary>
public sealed class PortalStampsTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_save_raises_the_stamp_of_each_commune_it_touched_and_no_other(Engine engine)
    {
        using var database = new TestDatabase(engine);
        await using var db = database.Context();
        await DatabaseInitializer.InitializeAsync(db);
        var communes = await db.Communes.OrderBy(c => c.Code).Take(2).Select(c => new { c.Id, c.ProvinceId }).ToListAsync();
        var (a, b) = (communes[0], communes[1]);
        var (startA, startB) = (await PortalStamps.ReadAsync(db, a.Id), await PortalStamps.ReadAsync(db, b.Id));

        db.PortalProfiles.Add(new PortalProfile { ProvinceId = a.ProvinceId, CommuneId = a.Id, Intro = "Lời chào" });
        await db.SaveChangesAsync();
        var afterOne = await PortalStamps.ReadAsync(db, a.Id);

        var profile = await db.PortalProfiles.SingleAsync(p => p.CommuneId == a.Id);
        profile.Intro = "Lời chào mới";
        await db.SaveChangesAsync();

        Assert.Equal(startA + 1, afterOne);
        Assert.Equal(startA + 2, await PortalStamps.ReadAsync(db, a.Id));
        Assert.Equal(startB, await PortalStamps.ReadAsync(db, b.Id));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Data_of_no_commune_raises_the_stamp_every_portal_reads(Engine engine)
    {
        using var database = new TestDatabase(engine);
        await using var db = database.Context();
        await DatabaseInitializer.InitializeAsync(db);
        var communes = await db.Communes.OrderBy(c => c.Code).Take(2).Select(c => new { c.Id, c.ProvinceId }).ToListAsync();
        var before = new List<long>();
        foreach (var commune in communes)
        {
            before.Add(await PortalStamps.ReadAsync(db, commune.Id));
        }

        var communeStamps = await db.PortalStamps.CountAsync(s => s.Scope.StartsWith("c:"));
        db.PortalProfiles.Add(new PortalProfile { ProvinceId = communes[0].ProvinceId, CommuneId = null, Intro = "Cổng của tỉnh" });
        await db.SaveChangesAsync();

        for (var i = 0; i < communes.Count; i++)
        {
            Assert.Equal(before[i] + 1, await PortalStamps.ReadAsync(db, communes[i].Id));
        }

        Assert.Equal(communeStamps, await db.PortalStamps.CountAsync(s => s.Scope.StartsWith("c:")));
    }
}
