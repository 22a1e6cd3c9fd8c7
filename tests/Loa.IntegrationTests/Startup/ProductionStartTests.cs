using Loa.Demo;
using Loa.Domain.Accounts;
using Loa.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;

namespace Loa.IntegrationTests.Startup;

/// <summary>
/// In Production the app refuses to start, saying why in Vietnamese and English, when a default is not safe to run
/// for real: demo mode or the demo password, no HTTPS, a proxy it does not know, or a key ring left unprotected.
/// </summary>
public sealed class ProductionStartTests
{
    [Fact]
    public void With_demo_mode_on()
    {
        var log = new LogCapture();
        using var app = new LoaAppFactory(Engine.Sqlite, configure: log.Register, settings: new Dictionary<string, string?> { ["Demo:Enabled"] = "true" });
        AssertRefused(app, log, "Chế độ trình diễn", "Demo mode");
    }

    [Fact]
    public void Without_HTTPS()
    {
        var log = new LogCapture();
        var settings = new Dictionary<string, string?> { ["urls"] = "http://127.0.0.1:5080" };
        using var app = new LoaAppFactory(Engine.Sqlite, configure: log.Register, settings: settings);
        AssertRefused(app, log, "Chưa cấu hình HTTPS", "No HTTPS");
    }

    [Fact]
    public void Behind_a_proxy_without_the_proxies_it_may_trust()
    {
        var log = new LogCapture();
        using var app = new LoaAppFactory(Engine.Sqlite, configure: log.Register, settings: new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:5080",
            ["Loa:Proxy:TlsTerminated"] = "true",
        });
        AssertRefused(app, log, "chưa khai báo proxy tin cậy", "no trusted proxy");
    }

    [Fact]
    public void With_an_unprotected_key_ring()
    {
        var log = new LogCapture();
        using var app = new LoaAppFactory(Engine.Sqlite, configure: services =>
        {
            log.Register(services);
            services.PostConfigure<KeyManagementOptions>(o => o.XmlEncryptor = null);
        });
        AssertRefused(app, log, "Khóa bảo vệ dữ liệu", "key ring is not protected");
    }

    [Fact]
    public async Task With_an_account_whose_password_is_the_demo_password_but_not_for_demo_accounts_that_cannot_sign_in()
    {
        using var first = new LoaAppFactory(Engine.Sqlite);
        await using (var db = first.SystemDb())
        {
            db.Users.Add(LocalAccounts.Create("trinhdien.cu", "Tài khoản trình diễn cũ", UserRole.SystemAdmin, DemoData.Password, demo: true));
            await db.SaveChangesAsync();
        }

        using (var restarted = first.SecondInstance())
        {
            using var client = restarted.CreateClient();
            Assert.True((await client.GetAsync("/health")).IsSuccessStatusCode);
        }

        await using (var db = first.SystemDb())
        {
            db.Users.Add(LocalAccounts.Create("quantri.that", "Quản trị", UserRole.SystemAdmin, DemoData.Password));
            await db.SaveChangesAsync();
        }

        var log = new LogCapture();
        using var again = first.SecondInstance(log.Register);
        AssertRefused(again, log, "mật khẩu trình diễn", "demo password");
        Assert.Contains("quantri.that", log.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("trinhdien.cu", log.Text, StringComparison.Ordinal);
    }

    private static void AssertRefused(LoaAppFactory app, LogCapture log, string vietnamese, string english)
    {
        var failure = Record.Exception(() =>
        {
            using var client = app.CreateClient();
            client.GetAsync("/health").GetAwaiter().GetResult().EnsureSuccessStatusCode();
        });
        Assert.True(failure is not null, "the app started and answered /health");
        Assert.Contains(vietnamese, log.Text, StringComparison.Ordinal);
        Assert.Contains(english, log.Text, StringComparison.Ordinal);
    }
}
