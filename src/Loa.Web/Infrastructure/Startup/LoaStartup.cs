using Loa.Data;
using Loa.Demo;
using Loa.Domain;
using Loa.Web.Infrastructure.Accounts;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Loa.Web.Infrastructure.Startup;

/// <summary>
/// At start: refuse settings unsafe for the environment (<see cref="StartupChecks"/>), then — under the database lock,
/// so that instances started together take turns — migrate the database, load the administrative units, refuse
/// accounts with the demo password (Production), protect second-factor secrets stored in plain text, build the demo
/// when demo mode is on, saying on the log what it builds (<see cref="StartupProgress"/>); and say where to open the app.
/// </summary>
public static class LoaStartup
{
    public static async Task InitializeLoaAsync(this WebApplication app)
    {
        StartupChecks.RefuseUnsafeSettings(app);
        using (var scope = app.Services.CreateScope())
        {
            var options = scope.ServiceProvider.GetRequiredService<DbContextOptions<LoaDbContext>>();
            await using var db = new LoaDbContext(options, new FixedTenantScope(TenantScope.System));
            var progress = new StartupProgress(app.Logger);
            await DatabaseInitializer.InitializeAsync(db, async (seeded, cancellationToken) =>
            {
                await StartupChecks.RefuseDemoPasswordsAsync(app, seeded, cancellationToken);
                await SecondFactorUpgrade.RunAsync(seeded, app.Services.GetRequiredService<AuthenticatorKeys>(), app.Logger, cancellationToken);
                if (app.Services.GetRequiredService<IOptions<DemoOptions>>().Value.Enabled)
                {
                    await DemoSeeder.SeedAsync(seeded, VietnamTime.Today(app.Services.GetRequiredService<TimeProvider>()), progress, cancellationToken);
                    await app.Services.GetRequiredService<DemoArticleImages>().RestoreAsync(seeded, cancellationToken);
                    await Loa.Demo.Signing.DemoSigning.SeedAsync(
                        seeded, app.Services.GetRequiredService<LoaPaths>().Data, app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
                        cancellationToken);
                }
            }, progress);
            progress.Finish();
        }

        app.Lifetime.ApplicationStarted.Register(() => PrintWelcome(app));
    }

    private static void PrintWelcome(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var demo = app.Services.GetRequiredService<IOptions<DemoOptions>>().Value.Enabled;
        var paths = app.Services.GetRequiredService<LoaPaths>();
        var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
        var lines = new List<string>
        {
            "",
            "=== Loa đã sẵn sàng ===",
            $"Mở trình duyệt tại: {string.Join("  ", addresses.Select(a => a.Replace("[::]", "localhost", StringComparison.Ordinal)))}",
            $"Cơ sở dữ liệu: {(database.IsPostgres ? "PostgreSQL" : Path.Combine(paths.Data, "loa.db"))}",
        };
        if (demo)
        {
            lines.Add($"Chế độ trình diễn: mật khẩu chung của mọi tài khoản là {DemoData.Password}");
            foreach (var commune in DemoData.Communes)
            {
                lines.Add($"  {commune.Locality,-10} lãnh đạo: {commune.UserName("lanhdao"),-18} đầu mối: {commune.UserName("daumoi"),-18} đơn vị: {commune.UserName("donvi")}");
            }

            lines.Add($"  Các xã, phường khác của Đồng Nai (dữ liệu sinh tự động): daumoi.<mã xã>, lanhdao.<mã xã>, donvi.<mã xã>");
            lines.Add($"  Cán bộ tỉnh Đồng Nai: {DemoData.ProvinceOfficerUserName}    Quản trị hệ thống: {DemoData.AdminUserName}");
        }

        lines.Add("");
        Console.WriteLine(string.Join(Environment.NewLine, lines));
    }
}
