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
    public async Task Administrator_opens_an_account_for_a_commune_unit_and_its_owner_must_choose_a_password_first(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        var admin = await Scenario.CreateAdminAsync(app);
        using var session = app.Session();
        await session.LoginAsync(admin.UserName!);
        var userName = "canbo.moi." + scenario.Commune.Code;

        // The lists: the province, then its communes, then the commune's units, chosen with "Chọn" (nothing saved meanwhile).
        var form = await session.GetPageAsync("/admin/users/create");
        var listed = await session.SubmitAsync(form, "form", new()
        {
            ["UserName"] = userName,
            ["Place.ProvinceId"] = scenario.Commune.ProvinceId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Place.CommuneId"] = scenario.Commune.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, button: "button[name=refresh]");
        var withUnits = WebSession.Parse(await listed.Content.ReadAsStringAsync(), "/admin/users/create");
        Assert.Contains(withUnits.QuerySelectorAll("#Place_UnitId option"), o => o.TextContent == scenario.ServiceCentre.Name);
        var unitId = scenario.ServiceCentre.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var created = await session.SubmitAsync(withUnits, "form", new()
        {
            ["Place.FullName"] = "Lê Thị Mới",
            ["Place.Email"] = "le.thi.moi@xa.example.gov.vn",
            ["Place.Role"] = nameof(UserRole.UnitOfficer),
            ["Place.UnitId"] = unitId,
            ["Password"] = "mot cum tu de nho 2026",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        await using (var db = app.SystemDb())
        {
            var account = await db.Users.SingleAsync(u => u.UserName == userName);
            Assert.Equal(
                (scenario.Commune.Id, scenario.Commune.ProvinceId, scenario.ServiceCentre.Id),
                (account.CommuneId!.Value, account.ProvinceId!.Value, account.UnitId!.Value));
            Assert.Equal(UserRole.UnitOfficer, account.Role);
            Assert.Equal(("le.thi.moi@xa.example.gov.vn", "LE.THI.MOI@XA.EXAMPLE.GOV.VN"), (account.Email, account.NormalizedEmail));
            Assert.True(account.MustChangePassword);
        }

        // A password chosen by the administrator is temporary (decision record 16): its owner sets their own first.
        using var owner = app.Session();
        await owner.LoginAsync(userName, "mot cum tu de nho 2026");
        var tasks = await owner.Client.GetAsync("/tasks/mine");
        Assert.Equal(HttpStatusCode.Redirect, tasks.StatusCode);
        Assert.StartsWith("/account/password", tasks.Headers.Location!.OriginalString, StringComparison.Ordinal);
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

        async Task<IReadOnlyList<string>> TryAsync(int commune, string password)
        {
            var form = await session.GetPageAsync("/admin/users/create");
            var response = await session.SubmitAsync(form, "form", new()
            {
                ["UserName"] = userName,
                ["Place.FullName"] = "Thử",
                ["Place.Role"] = nameof(UserRole.Leader),
                ["Place.CommuneId"] = commune.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Password"] = password,
            });
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return WebSession.Parse(await response.Content.ReadAsStringAsync(), "/").ValidationErrors();
        }

        await using var db = app.SystemDb();
        var commune = await db.Communes.FirstAsync();
        Assert.Contains(await TryAsync(-5, "mot cum tu de nho 2026"), e => e.Contains(AccountAdministration.NoCommune, StringComparison.Ordinal));
        Assert.Contains(await TryAsync(commune.Id, "ngan"), e => e.Contains("ít nhất 12 ký tự", StringComparison.Ordinal));
        Assert.Contains(await TryAsync(commune.Id, "123456789012"), e => e.Contains("quá phổ biến", StringComparison.Ordinal));
        Assert.False(await db.Users.AnyAsync(u => u.UserName == userName));
    }

    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task Only_the_administrator_reaches_the_administration_page_and_only_managers_the_account_pages(Engine engine)
    {
        var app = fixture.App(engine);
        var scenario = await Scenario.CreateAsync(app, withActivity: false);
        foreach (var user in scenario.Users.Append(scenario.ProvinceOfficer))
        {
            using var session = app.Session();
            await session.LoginAsync(user.UserName!);
            var manager = user.Role is UserRole.Coordinator or UserRole.ProvinceOfficer;
            foreach (var url in new[] { "/admin", "/admin/users", "/admin/users/create", "/admin/users/bulk", $"/admin/users/edit/{user.Id}" })
            {
                var response = await session.Client.GetAsync(url);
                var expected = url == "/admin" || !manager
                    ? response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Forbidden
                    : url.Contains("/edit/", StringComparison.Ordinal)
                        ? response.StatusCode == HttpStatusCode.NotFound
                        : response.StatusCode == HttpStatusCode.OK;
                Assert.True(expected, $"{user.UserName} GET {url} → {(int)response.StatusCode}");
            }
        }
    }
}
