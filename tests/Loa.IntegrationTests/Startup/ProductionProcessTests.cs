using Loa.IntegrationTests.Infrastructure;

namespace Loa.IntegrationTests.Startup;

/// <summary>The built app, started as a server starts it, in Production and without the settings production needs.</summary>
public sealed class ProductionProcessTests
{
    [Fact]
    public async Task Without_its_production_settings_the_app_exits_non_zero_saying_why_in_Vietnamese_and_English()
    {
        var data = Directory.CreateTempSubdirectory("loa-production-").FullName;
        try
        {
            await using var app = AppProcess.Start(AppProcess.FreePort(), new Dictionary<string, string>
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Loa__DataPath"] = data,
            });

            var exit = await app.WaitForExitAsync(TimeSpan.FromSeconds(90));

            var how = exit is { } code ? code.ToString(System.Globalization.CultureInfo.InvariantCulture) : "none: still running";
            Assert.True(exit is not null and not 0, $"the app did not refuse to start (exit {how}):\n{app.Output}");
            Assert.Contains("Chưa cấu hình HTTPS", app.Output, StringComparison.Ordinal);
            Assert.Contains("No HTTPS", app.Output, StringComparison.Ordinal);
            Assert.Contains("Khóa bảo vệ dữ liệu", app.Output, StringComparison.Ordinal);
            Assert.Contains("key ring is not protected", app.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("Unhandled exception", app.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
