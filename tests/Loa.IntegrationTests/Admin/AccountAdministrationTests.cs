using System.Net;
using Loa.Domain.Accounts;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Admin;

/// <summary>The administrator opens accounts bound to a commune or province, locks them and sets passwords; bad input changes nothing.</summary>
[Collection(AppCollection.Name)]
public sealed class AccountAdministrationTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Administrator_opens_an_account_for_a_commune_unit_and_its_owner_signs_in(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        var admin = await Scenario.CreateAdminAsync(app);
        using var session = app.Session();
        await session.LoginAsync(admin.UserName!);
        var userName = "canbo.moi." + scenario.Commune.Code;

        var form = await session.GetPageAsync("/admin/users/create");
        var created = await session.SubmitAsync(form, "form", new()
        {
            ["UserName"] = userName,
            ["Place.FullName"] = "Lê Thị Mới",
            ["Place.Email"] = "le.thi.moi@xa.example.gov.vn",
            ["Place.Role"] = nameof(UserRole.UnitOfficer),
            ["Place.PlaceCode"] = scenario.Commune.Code,
            ["Password"] = "mot cum tu de nho 2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var edit = await session.GetPageAsync(created.Headers.Location!.OriginalString);
        var unitId = scenario.ServiceCentre.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var moved = await session.SubmitAsync(edit, "form:not([action*='handler'])", new() { ["Place.UnitId"] = unitId });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);

        await using (var db = app.SystemDb())
        {
            var account = await db.Users.SingleAsync(u => u.UserName == userName);
            Assert.Equal(
                (scenario.Commune.Id, scenario.Commune.ProvinceId, scenario.ServiceCentre.Id),
                (account.CommuneId!.Value, account.ProvinceId!.Value, account.UnitId!.Value));
            Assert.Equal(UserRole.UnitOfficer, account.Role);
            Assert.Equal(("le.thi.moi@xa.example.gov.vn", "LE.THI.MOI@XA.EXAMPLE.GOV.VN"), (account.Email, account.NormalizedEmail));
        }

        using var owner = app.Session();
        await owner.LoginAsync(userName, "mot cum tu de nho 2026");
        Assert.Contains(scenario.ClipsTask.Name, (await owner.GetPageAsync("/tasks/mine")).Text(), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Weak_passwords_and_unknown_places_are_refused_in_Vietnamese(Engine engine)
    {
        var app = fixture.App(engine);
        var admin = await Scenario.CreateAdminAsync(app);
        using var session = app.Session();
        await session.LoginAsync(admin.UserName!);
        var userName = "thu." + Guid.NewGuid().ToString("N")[..8];

        async Task<IReadOnlyList<string>> TryAsync(string code, string password)
        {
            var form = await session.GetPageAsync("/admin/users/create");
            var response = await session.SubmitAsync(form, "form", new()
            {
                ["UserName"] = userName,
                ["Place.FullName"] = "Thử",
                ["Place.Role"] = nameof(UserRole.Leader),
                ["Place.PlaceCode"] = code,
                ["Password"] = password,
            });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return WebSession.Parse(await response.Content.ReadAsStringAsync(), "/").ValidationErrors();
        }

        await using var db = app.SystemDb();
        var commune = await db.Communes.FirstAsync();
        Assert.Contains(await TryAsync("99999", "mot cum tu de nho 2026"), e => e.Contains("mã xã 5 chữ số", StringComparison.Ordinal));
        Assert.Contains(await TryAsync(commune.Code, "ngan"), e => e.Contains("ít nhất 12 ký tự", StringComparison.Ordinal));
        Assert.Contains(await TryAsync(commune.Code, "123456789012"), e => e.Contains("quá phổ biến", StringComparison.Ordinal));
        Assert.False(await db.Users.AnyAsync(u => u.UserName == userName));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Only_the_administrator_reaches_the_administration_pages(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        foreach (var user in scenario.Users.Append(scenario.ProvinceOfficer))
        {
            using var session = app.Session();
            await session.LoginAsync(user.UserName!);
            foreach (var url in new[] { "/admin", "/admin/users/create", $"/admin/users/edit/{user.Id}" })
            {
                var response = await session.Client.GetAsync(url);
                Assert.True(
                    response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden, $"{user.UserName} GET {url} → {(int)response.StatusCode}");
            }
        }
    }
}
