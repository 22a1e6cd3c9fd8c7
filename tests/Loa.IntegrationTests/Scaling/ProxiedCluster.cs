using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using Loa.Data;
using Loa.IntegrationTests.Infrastructure;

namespace Loa.IntegrationTests.Scaling;

/// <summary>
/// The production shape on one machine: one empty PostgreSQL database, two processes of the built app started at the
/// same moment on it (Production environment, the same data folder and key-ring certificate, trusting 127.0.0.1 as
/// their proxy, TLS ending there), and nginx in front of both.
/// </summary>
public sealed class ProxiedCluster : IAsyncDisposable
{
    public const int PostsPerMinute = 4;
    public const int SignInsPerMinute = 6;

    /// <summary>How often each instance wakes to run the scheduled jobs (Reminders:IntervalMinutes).</summary>
    public static readonly TimeSpan JobInterval = TimeSpan.FromSeconds(3);

    private readonly TestDatabase database;
    private readonly string dataPath;

    private ProxiedCluster(TestDatabase database, string dataPath, AppProcess[] instances)
    {
        this.database = database;
        this.dataPath = dataPath;
        Instances = instances;
    }

    public IReadOnlyList<AppProcess> Instances { get; }

    public NginxProcess Proxy { get; private set; } = null!;

    /// <summary>What is missing on this machine to run the cluster, or null.</summary>
    public static string? Missing => (NginxProcess.Executable, Engines.PostgresServer) switch
    {
        (null, null) => "nginx and PostgreSQL",
        (null, _) => "nginx",
        (_, null) => "PostgreSQL",
        _ => null,
    };

    public static async Task<ProxiedCluster> StartAsync()
    {
        if (Missing is { } missing)
        {
            throw new InvalidOperationException($"CI requires {missing}: apt-get install nginx-light, and set {Engines.PostgresVariable}.");
        }

        var database = new TestDatabase(Engine.Postgres);
        var dataPath = Directory.CreateTempSubdirectory("loa-cluster-").FullName;
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Database__Provider"] = "Postgres",
            ["Database__ConnectionString"] = database.Options.ConnectionString!,
            ["Loa__DataPath"] = dataPath,
            ["Loa__Proxy__KnownProxies__0"] = "127.0.0.1",
            ["Loa__Proxy__TlsTerminated"] = "true",
            ["Loa__DataProtection__Certificate__Path"] = TestCertificate.PfxPath,
            ["Loa__DataProtection__Certificate__Password"] = TestCertificate.PfxPassword,
            ["Loa__PublicPostsPerIpPerMinute"] = PostsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Loa__LoginAttemptsPerIpPerMinute"] = SignInsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Loa__HumanCheckSeconds"] = "0",
            ["Reminders__IntervalMinutes"] = JobInterval.TotalMinutes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Reminders__StartDelaySeconds"] = "1",
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Loa"] = "Information",
        };

        // Both at the same moment, on the empty database: both must migrate-and-seed without tripping over each other.
        var instances = AppProcess.FreePorts(2).Select(port => AppProcess.Start(port, environment)).ToArray();
        var cluster = new ProxiedCluster(database, dataPath, instances);
        try
        {
            await Task.WhenAll(instances.Select(i => i.WaitHealthyAsync(TimeSpan.FromMinutes(4))));
            cluster.Proxy = await NginxProcess.StartAsync(AppProcess.FreePort(), instances.Select(i => i.Port));
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public LoaDbContext Db() => database.Context();

    /// <summary>The instance that answered a response through the proxy.</summary>
    public AppProcess AnsweredBy(HttpResponseMessage response)
    {
        var upstream = response.Headers.TryGetValues(NginxProcess.UpstreamHeader, out var values) ? values.Last().Split(',').Last().Trim() : "";
        return Instances.SingleOrDefault(i => upstream == $"127.0.0.1:{i.Port}")
            ?? throw new InvalidOperationException($"the proxy named no known instance: '{upstream}'");
    }

    /// <summary>A browser talking to the proxy over TLS from <paramref name="from"/> (any 127.x address), with <paramref name="cookies"/>.</summary>
    public HttpClient ThroughProxy(CookieContainer? cookies = null, string from = "127.0.0.1")
    {
        var local = IPAddress.Parse(from);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = cookies is not null,
            CookieContainer = cookies ?? new CookieContainer(),
            SslOptions = new SslClientAuthenticationOptions
            {
                RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                    certificate?.GetCertHashString() == TestCertificate.Certificate.GetCertHashString(),
            },
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(local, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = Proxy.Address };
    }

    /// <summary>A client of one instance directly, as the proxy is (so it says the client used https); it sends the cookies it is given.</summary>
    public static HttpClient Direct(AppProcess instance, params string[] cookies)
    {
        var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = instance.Address };
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        if (cookies.Length > 0)
        {
            client.DefaultRequestHeaders.Add("Cookie", string.Join("; ", cookies));
        }

        return client;
    }

    /// <summary>"name=value" of a cookie a response set.</summary>
    public static string Cookie(HttpResponseMessage response, string name) =>
        (response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [])
            .Select(c => c.Split(';')[0]).LastOrDefault(c => c.StartsWith(name + "=", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"the response set no cookie {name}");

    /// <summary>Waits for the next minute when fewer than <paramref name="needed"/> are left in this one (the limits count per minute).</summary>
    public static async Task RoomInThisMinuteAsync(TimeSpan needed)
    {
        var now = DateTime.UtcNow;
        var left = TimeSpan.FromMinutes(1) - TimeSpan.FromTicks(now.Ticks % TimeSpan.TicksPerMinute);
        if (left < needed)
        {
            await Task.Delay(left + TimeSpan.FromMilliseconds(500));
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Proxy is not null)
        {
            await Proxy.DisposeAsync();
        }

        foreach (var instance in Instances)
        {
            await instance.DisposeAsync();
        }

        database.Dispose();
        Directory.Delete(dataPath, recursive: true);
    }
}

/// <summary>The two-instance test: skipped with a message saying how to run it when nginx or PostgreSQL is missing (outside CI).</summary>
public sealed class ClusterFactAttribute : FactAttribute
{
    public ClusterFactAttribute()
    {
        if (ProxiedCluster.Missing is { } missing && !Engines.IsCi)
        {
            DisplayName = $"Two instances behind nginx skipped — {missing} missing: apt-get install nginx-light and set {Engines.PostgresVariable} to run it";
            Skip = "The two-instance test needs nginx (apt-get install nginx-light, or LOA_NGINX) and PostgreSQL "
                + $"({Engines.PostgresVariable}); missing: {missing}.";
        }
    }
}
