using Loa.Data;
using Loa.Demo;
using Loa.Domain.Accounts;
using Loa.Hosting;
using Loa.Web.Infrastructure.Scaling;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace Loa.Web.Infrastructure.Startup;

/// <summary>
/// Gathers what <see cref="ProductionReadiness"/> judges — settings, the key ring's protection in effect, accounts
/// with the demo password — and refuses to start when it finds a problem: each reason is logged (critical) in
/// Vietnamese and English, then <see cref="StartupRefusedException"/> is thrown (Program.cs exits with code 1).
/// </summary>
public static class StartupChecks
{
    /// <summary>Before the database is touched: demo mode, HTTPS, proxy, key ring.</summary>
    public static void RefuseUnsafeSettings(WebApplication app)
    {
        var configuration = app.Configuration;
        var proxy = app.Services.GetRequiredService<IOptions<ProxyOptions>>().Value;
        var keyRing = app.Services.GetRequiredService<KeyRingProtection>();
        var settings = new StartupSettings
        {
            IsProduction = app.Environment.IsProduction(),
            DemoEnabled = app.Services.GetRequiredService<IOptions<DemoOptions>>().Value.Enabled,
            HttpsEndpoint = HasHttpsEndpoint(configuration),
            TlsEndsAtProxy = proxy.TlsTerminated,
            Proxies = ProxyTrust.Parse(proxy.KnownProxies, proxy.KnownNetworks),
            KeyRingProtected = app.Services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlEncryptor is not null,
            CertificateProblem = keyRing.Problem,
        };
        Refuse(app, ProductionReadiness.Check(settings));
    }

    /// <summary>After the migrations (under the database lock): no account that can sign in uses the demo password.</summary>
    public static async Task RefuseDemoPasswordsAsync(WebApplication app, LoaDbContext db, CancellationToken cancellationToken)
    {
        if (!app.Environment.IsProduction())
        {
            return;
        }

        var accounts = await DemoPasswordCheck.AccountsUsingAsync(db, DemoData.Password, cancellationToken);
        Refuse(app, ProductionReadiness.DemoPassword(accounts) is { } problem ? [problem] : []);
    }

    private static bool HasHttpsEndpoint(IConfiguration configuration)
    {
        var urls = (configuration["urls"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Concat(configuration.GetSection("Kestrel:Endpoints").GetChildren().Select(e => e["Url"] ?? ""));
        return urls.Any(u => u.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            || !string.IsNullOrWhiteSpace(configuration["https_ports"]);
    }

    private static void Refuse(WebApplication app, IReadOnlyList<StartupProblem> problems)
    {
        if (problems.Count == 0)
        {
            return;
        }

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Loa.Startup");
        logger.LogCritical(
            "Loa không khởi động: cấu hình chưa an toàn (môi trường {Environment}). / Loa refuses to start: its settings are not safe ({Environment}).",
            app.Environment.EnvironmentName,
            app.Environment.EnvironmentName);
        foreach (var problem in problems)
        {
            logger.LogCritical("{Vietnamese} / {English}", problem.Vietnamese, problem.English);
        }

        logger.LogCritical("Xem mục \"Running for real\" trong README.md. / See \"Running for real\" in README.md.");
        throw new StartupRefusedException(problems);
    }
}
