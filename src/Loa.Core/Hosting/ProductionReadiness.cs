namespace Loa.Hosting;

/// <summary>A reason not to start, said in Vietnamese (for the people who run the server) and in English.</summary>
public sealed record StartupProblem(string Vietnamese, string English);

/// <summary>What the start-up checks look at; gathered from the configuration and the running services.</summary>
public sealed record StartupSettings
{
    public bool IsProduction { get; init; }

    public bool DemoEnabled { get; init; }

    /// <summary>The app itself listens on an https:// address (urls, https_ports, Kestrel:Endpoints).</summary>
    public bool HttpsEndpoint { get; init; }

    /// <summary>Loa:Proxy:TlsTerminated: a reverse proxy in front of the app ends TLS and passes plain http on.</summary>
    public bool TlsEndsAtProxy { get; init; }

    public ProxyTrust Proxies { get; init; } = ProxyTrust.Parse([], []);

    /// <summary>The Data Protection key ring is encrypted at rest (a certificate is configured and in effect).</summary>
    public bool KeyRingProtected { get; init; }

    /// <summary>Why the configured key-ring certificate could not be used, if it could not.</summary>
    public StartupProblem? CertificateProblem { get; init; }
}

/// <summary>
/// The defaults that are fine on a developer's machine and unsafe when running for real (issue 10, item 9;
/// security.md 8, 11, 13, 28). In Production the app refuses to start while any of these holds: demo mode on,
/// no HTTPS (neither an https endpoint nor TLS ended at a proxy), a proxy without the addresses it may be trusted
/// from, an unprotected key ring. Settings that cannot be right anywhere (a proxy address that is not one, a
/// certificate that cannot be read, trusting every address as a proxy) refuse the start in every environment.
/// </summary>
public static class ProductionReadiness
{
    public static IReadOnlyList<StartupProblem> Check(StartupSettings settings)
    {
        var problems = new List<StartupProblem>();
        if (settings.Proxies.Invalid.Count > 0)
        {
            var entries = string.Join(", ", settings.Proxies.Invalid);
            problems.Add(new(
                $"Loa:Proxy có địa chỉ proxy không hợp lệ: {entries}. Hãy ghi địa chỉ IP (10.0.0.5) hoặc dải mạng (10.0.0.0/24).",
                $"Loa:Proxy holds entries that are not an IP address or network: {entries}. Write an address (10.0.0.5) or a network (10.0.0.0/24)."));
        }

        if (settings.Proxies.Everyone.Any())
        {
            var networks = string.Join(", ", settings.Proxies.Everyone);
            problems.Add(new(
                $"Loa:Proxy:KnownNetworks tin mọi địa chỉ ({networks}): ai cũng giả được địa chỉ và giao thức của mình. Hãy chỉ ghi địa chỉ của proxy.",
                $"Loa:Proxy:KnownNetworks trusts every address ({networks}): anyone could forge their address and scheme. List only the proxy's addresses."));
        }

        if (settings.CertificateProblem is { } certificate)
        {
            problems.Add(new(
                $"Không dùng được chứng thư bảo vệ khóa (Loa:DataProtection:Certificate): {certificate.Vietnamese}.",
                $"The key-ring certificate (Loa:DataProtection:Certificate) cannot be used: {certificate.English}."));
        }

        if (!settings.IsProduction)
        {
            return problems;
        }

        if (settings.DemoEnabled)
        {
            problems.Add(new(
                "Chế độ trình diễn (Demo:Enabled) đang bật: khi chạy thật không được có dữ liệu và tài khoản trình diễn. Hãy đặt Demo:Enabled=false.",
                "Demo mode (Demo:Enabled) is on: a production instance must not run with demo data and accounts. Set Demo:Enabled=false."));
        }

        if (!settings.HttpsEndpoint && !settings.TlsEndsAtProxy)
        {
            problems.Add(new(
                "Chưa cấu hình HTTPS: hãy cho ứng dụng nghe tại một địa chỉ https:// (urls hoặc Kestrel:Endpoints), "
                + "hoặc nếu TLS kết thúc ở proxy thì đặt Loa:Proxy:TlsTerminated=true.",
                "No HTTPS: listen on an https:// address (urls or Kestrel:Endpoints) or, when TLS ends at a reverse proxy, set Loa:Proxy:TlsTerminated=true."));
        }

        if (settings.TlsEndsAtProxy && !settings.Proxies.Any)
        {
            problems.Add(new(
                "TLS kết thúc ở proxy nhưng chưa khai báo proxy tin cậy (Loa:Proxy:KnownProxies hoặc Loa:Proxy:KnownNetworks): "
                + "ứng dụng sẽ không biết địa chỉ thật của người dùng và việc họ dùng https.",
                "TLS ends at the proxy but no trusted proxy is configured (Loa:Proxy:KnownProxies or Loa:Proxy:KnownNetworks): "
                + "the app cannot know clients' addresses or that they use https."));
        }

        if (!settings.KeyRingProtected && settings.CertificateProblem is null)
        {
            problems.Add(new(
                "Khóa bảo vệ dữ liệu (Data Protection) đang được lưu không mã hóa: "
                + "hãy đặt Loa:DataProtection:Certificate:Path và Loa:DataProtection:Certificate:Password (tệp PFX).",
                "The Data Protection key ring is not protected at rest: "
                + "set Loa:DataProtection:Certificate:Path and Loa:DataProtection:Certificate:Password (a PFX file)."));
        }

        return problems;
    }

    /// <summary>The problem of accounts that sign in with the demo password (their names, never the password), or null.</summary>
    public static StartupProblem? DemoPassword(IReadOnlyList<string> accounts) => accounts.Count == 0
        ? null
        : new(
            $"{accounts.Count} tài khoản đang dùng mật khẩu trình diễn: {string.Join(", ", accounts)}. "
            + "Hãy đặt mật khẩu khác cho các tài khoản này trước khi chạy thật.",
            $"{accounts.Count} account(s) use the demo password: {string.Join(", ", accounts)}. Give them other passwords before running for real.");
}
