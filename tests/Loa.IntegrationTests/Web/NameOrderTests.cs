using Loa.IntegrationTests.Infrastructure;
using Loa.Procedures;
using Loa.Text;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Web;

/// <summary>Lists sorted by name follow Vietnamese alphabetical order on both engines: "Đ…" after "D…", not after "Z…".</summary>
[Collection(AppCollection.Name)]
public sealed class NameOrderTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_home_pages_provinces_are_in_vietnamese_order_of_their_names(Engine engine)
    {
        var app = fixture.App(engine);
        using var visitor = app.Session();
        var page = await visitor.GetPageAsync("/");
        var names = page.QuerySelectorAll("select[name=province] option").Skip(1)
            .Select(o => o.TextContent.Trim().Replace("Thành phố ", "", StringComparison.Ordinal).Replace("Tỉnh ", "", StringComparison.Ordinal))
            .ToList();
        Assert.True(names.Count >= 2, "the province list is empty");
        Assert.Equal(names.Order(VietnameseOrder.Instance), names);
        if (names.Contains("Đồng Nai") && names.Contains("Gia Lai"))
        {
            Assert.True(names.IndexOf("Đồng Nai") < names.IndexOf("Gia Lai"));
        }
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Procedure_fields_are_in_vietnamese_order(Engine engine)
    {
        var app = fixture.App(engine);
        var s = await Scenario.CreateAsync(app);
        await using (var db = app.SystemDb())
        {
            var mine = await db.Procedures.Where(p => p.ProvinceId == s.Commune.ProvinceId && p.CommuneId == null).ToListAsync();
            db.Procedures.RemoveRange(mine);
            var k = 0;
            foreach (var field in new[] { "Đường bộ", "Dân số", "Hộ tịch", "Đất đai", "Chứng thực", "Ăn uống" })
            {
                db.Procedures.Add(new Procedure
                {
                    ProvinceId = s.Commune.ProvinceId,
                    Code = $"9.{s.Commune.Code}.{++k}",
                    Name = $"Thủ tục {field}",
                    Field = field,
                    UpdatedAt = DateTime.UtcNow,
                });
            }

            await db.SaveChangesAsync();
        }

        using var session = app.Session();
        await session.LoginAsync(s.Coordinator.UserName!);
        var page = await session.GetPageAsync("/procedures");
        var fields = page.QuerySelectorAll("select#field option").Skip(1).Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(["Ăn uống", "Chứng thực", "Dân số", "Đất đai", "Đường bộ", "Hộ tịch"], fields);
    }
}
