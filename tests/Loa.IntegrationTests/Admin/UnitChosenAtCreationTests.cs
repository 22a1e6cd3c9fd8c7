using System.Globalization;
using System.Net;
using Loa.Domain.Accounts;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Admin;

/// <summary>
/// A unit officer's account is created with its unit in the same step: an account of a unit officer without a unit would
/// see the whole commune until someone chose its unit.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class UnitChosenAtCreationTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task A_unit_officer_without_a_unit_is_refused_and_nothing_is_created(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        var admin = await Scenario.CreateAdminAsync(app);
        using var session = app.Session();
        await session.LoginAsync(admin.UserName!);
        var userName = "khongdonvi." + scenario.Commune.Code;

        var form = await session.GetPageAsync("/admin/users/create");
        var response = await session.SubmitAsync(form, "form", new()
        {
            ["UserName"] = userName,
            ["Place.FullName"] = "Trần Văn Chưa Có Đơn Vị",
            ["Place.Role"] = nameof(UserRole.UnitOfficer),
            ["Place.ProvinceId"] = scenario.Commune.ProvinceId.ToString(CultureInfo.InvariantCulture),
            ["Place.CommuneId"] = scenario.Commune.Id.ToString(CultureInfo.InvariantCulture),
            ["Place.UnitId"] = "",
            ["Password"] = "mot cum tu de nho 2026",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = WebSession.Parse(await response.Content.ReadAsStringAsync(), "/").ValidationErrors();
        Assert.Contains(errors, e => e.Contains("Hãy chọn đơn vị", StringComparison.Ordinal));
        await using var db = app.SystemDb();
        Assert.False(await db.Users.AnyAsync(u => u.UserName == userName));
    }
}
