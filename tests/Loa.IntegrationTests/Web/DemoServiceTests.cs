using Loa.Demo;
using Loa.Domain.Accounts;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Web;

/// <summary>The demo puts in service the communes it fills, and no other: Xã Đông Anh (Hà Nội), with nobody there, takes no feedback.</summary>
public sealed class DemoServiceTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_demo_turns_on_the_communes_it_fills_and_leaves_the_others_off(Engine engine)
    {
        using var app = new LoaAppFactory(engine, demo: true);
        _ = app.Server;
        await using var db = app.SystemDb();

        string[] real = ["Canh Vinh", "Hưng Phú", "Phước Tân"];
        var filled = await db.Users
            .Where(u => u.IsDemo && u.Role == UserRole.Coordinator && u.CommuneId != null)
            .Select(u => u.CommuneId!.Value)
            .Distinct()
            .ToListAsync();
        var dongNai = await db.Provinces.SingleAsync(p => p.Code == DemoSeeder.GeneratedProvinceCode);
        Assert.Equal(await db.Communes.CountAsync(c => c.ProvinceId == dongNai.Id) + 2, filled.Count); // every commune of Đồng Nai, Canh Vinh and Hưng Phú
        Assert.Equal(filled.Order(), await db.Communes.Where(c => c.InService).Select(c => c.Id).OrderBy(id => id).ToListAsync());
        Assert.Equal(3, await db.Communes.CountAsync(c => c.InService && real.Contains(c.Locality) && filled.Contains(c.Id)));
        Assert.All(await db.Communes.Where(c => c.InService).ToListAsync(), c => Assert.Equal(DemoService.By, c.ServiceChangedBy));

        using var citizen = app.Session();
        Assert.NotNull((await citizen.GetPageAsync("/x/26377/feedback?loai=phan-anh")).QuerySelector("form.feedback-form"));
        var dongAnh = await citizen.GetPageAsync("/x/00454/feedback?loai=phan-anh");
        Assert.Null(dongAnh.QuerySelector("form.feedback-form"));
        Assert.Contains("Xã Đông Anh chưa sử dụng Loa", dongAnh.Text(), StringComparison.Ordinal);

        // a second start changes nothing
        Assert.Equal(0, await DemoService.TurnOnFilledCommunesAsync(db));
    }
}
