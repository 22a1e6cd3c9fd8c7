using Loa.Hosting;

namespace Loa.UnitTests.Hosting;

public sealed class ProductionReadinessTests
{
    private static readonly StartupSettings Safe = new()
    {
        IsProduction = true,
        HttpsEndpoint = false,
        TlsEndsAtProxy = true,
        Proxies = ProxyTrust.Parse(["10.0.0.5"], ["10.0.1.0/24"]),
        KeyRingProtected = true,
    };

    [Fact]
    public void Production_behind_a_known_proxy_that_ends_TLS_with_a_protected_key_ring_may_start()
    {
        Assert.Empty(ProductionReadiness.Check(Safe));
        Assert.Empty(ProductionReadiness.Check(Safe with { TlsEndsAtProxy = false, HttpsEndpoint = true, Proxies = ProxyTrust.Parse([], []) }));
    }

    public static TheoryData<string, string> Unsafe() => new()
    {
        { "demo", "Demo:Enabled" },
        { "no-https", "No HTTPS" },
        { "unknown-proxy", "no trusted proxy" },
        { "key-ring", "key ring is not protected" },
        { "bad-proxy", "not an IP address or network: proxy.local, 10.0.0.0/99" },
        { "everyone", "trusts every address (0.0.0.0/0)" },
        { "certificate", "cannot be used: the file /etc/loa/khoa.pfx does not exist." },
    };

    [Theory]
    [MemberData(nameof(Unsafe))]
    public void Each_unsafe_setting_alone_refuses_a_production_start_in_Vietnamese_and_English(string setting, string english)
    {
        var problem = Assert.Single(ProductionReadiness.Check(Make(setting)));

        Assert.Contains(english, problem.English, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(problem.Vietnamese));
        Assert.NotEqual(problem.English, problem.Vietnamese);
        Assert.Matches("[ăâđêôơưạảấầẩậắằẳặẹẻẽếềểệỉịọỏốồổộớờởợụủứừửữựỳỵỷỹ]", problem.Vietnamese);
    }

    [Fact]
    public void Outside_production_only_settings_that_cannot_be_right_anywhere_refuse_the_start()
    {
        var development = new StartupSettings { IsProduction = false, DemoEnabled = true };
        Assert.Empty(ProductionReadiness.Check(development));

        foreach (var setting in new[] { "bad-proxy", "everyone", "certificate" })
        {
            Assert.Single(ProductionReadiness.Check(Make(setting) with { IsProduction = false }));
        }
    }

    [Fact]
    public void Accounts_with_the_demo_password_are_named_and_none_is_no_problem()
    {
        Assert.Null(ProductionReadiness.DemoPassword([]));
        var problem = ProductionReadiness.DemoPassword(["quantri.tinh", "daumoi.xa"])!;
        Assert.Contains("2 tài khoản đang dùng mật khẩu trình diễn: quantri.tinh, daumoi.xa", problem.Vietnamese, StringComparison.Ordinal);
        Assert.Contains("2 account(s) use the demo password: quantri.tinh, daumoi.xa", problem.English, StringComparison.Ordinal);
    }

    private static StartupSettings Make(string setting) => setting switch
    {
        "demo" => Safe with { DemoEnabled = true },
        "no-https" => Safe with { TlsEndsAtProxy = false, Proxies = ProxyTrust.Parse([], []) },
        "unknown-proxy" => Safe with { Proxies = ProxyTrust.Parse([], []) },
        "key-ring" => Safe with { KeyRingProtected = false },
        "bad-proxy" => Safe with { Proxies = ProxyTrust.Parse(["10.0.0.5", "proxy.local"], ["10.0.0.0/99"]) },
        "everyone" => Safe with { Proxies = ProxyTrust.Parse([], ["0.0.0.0/0"]) },
        "certificate" => Safe with
        {
            KeyRingProtected = false,
            CertificateProblem = new("không tìm thấy tệp /etc/loa/khoa.pfx", "the file /etc/loa/khoa.pfx does not exist"),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(setting)),
    };
}
