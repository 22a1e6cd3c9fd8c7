using Loa.Data;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Scaling;

/// <summary>Several instances started at once on an empty database all come up: one migrates and seeds while the others wait.</summary>
public sealed class StartupRaceTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Instances_starting_together_on_an_empty_database_all_come_up_with_one_copy_of_the_communes(Engine engine)
    {
        using var database = new TestDatabase(engine);

        var starts = Enumerable.Range(0, 3).Select(_ => Task.Run(async () =>
        {
            await using var db = database.Context();
            await DatabaseInitializer.InitializeAsync(db);
        }));
        await Task.WhenAll(starts);

        await using var check = database.Context();
        Assert.Equal(34, await check.Provinces.CountAsync());
        Assert.Equal(3321, await check.Communes.CountAsync());
    }
}
