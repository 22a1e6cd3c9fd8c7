using System.Net;
using Loa.Demo;
using Loa.Domain.Accounts;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loa.IntegrationTests.Accounts;

/// <summary>
/// Outside demo mode there is no account at all (security.md 8); <c>loa admin create</c> makes the first administrator,
/// who then signs in through HTTP to the app running in production configuration.
/// </summary>
public sealed class FirstAdministratorTests
{
    [Theory]
    [MemberData(nameof(Engines.All), MemberType = typeof(Engines))]
    public async Task The_administrator_made_by_the_command_line_signs_in_to_the_production_app(Engine engine)
    {
        using var app = new LoaAppFactory(engine, demo: false);
        _ = app.Server;
        await using (var db = app.SystemDb())
        {
            Assert.Equal(0, await db.Users.CountAsync());
        }

        using (var nobody = app.Session())
        {
            var page = await nobody.GetPageAsync("/account/login");
            var refused = await nobody.SubmitAsync(page, "form", new() { ["Input.UserName"] = DemoData.AdminUserName, ["Input.Password"] = DemoData.Password });
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        }

        const string password = "Song-Dong-Nai-chay-mai-2026";
        var (code, output, error) = await CliRun.RunAsync(
            password + "\n",
            ["admin", "create", "--user", "quantri.dongnai", "--email", "quantri@dongnai.gov.vn", "--name", "Nguyễn Văn Quản", .. CliRun.DatabaseOf(app)]);
        Assert.True(code == 0, error);
        Assert.Contains("quantri.dongnai", output, StringComparison.Ordinal);

        using var session = app.Session();
        await session.LoginAsync("quantri.dongnai", password);
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/admin/users")).StatusCode);
        var account = await session.GetPageAsync("/account/security");
        Assert.Contains("quantri.dongnai", account.Text(), StringComparison.Ordinal);

        // the same name again, in capitals, is refused and the first account stays alone
        (code, _, error) = await CliRun.RunAsync(
            "Mot-mat-khau-khac-hoan-toan\n", ["admin", "create", "--user", "QUANTRI.DONGNAI", "--email", "khac@dongnai.gov.vn", .. CliRun.DatabaseOf(app)]);
        Assert.Equal(1, code);
        Assert.Contains("đã có người dùng", error, StringComparison.Ordinal);
        await using var check = app.SystemDb();
        var admin = await check.Users.SingleAsync();
        Assert.Equal((UserRole.SystemAdmin, false, true), (admin.Role, admin.IsDemo, admin.LockoutEnabled));
    }
}
