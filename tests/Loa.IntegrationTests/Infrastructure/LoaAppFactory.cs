using Loa.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace Loa.IntegrationTests.Infrastructure;

/// <summary>
/// The real app on a fresh database of the given engine (a temp SQLite file, or a new PostgreSQL database
/// that is dropped afterwards), in production configuration, with a clock fixed on 1 July 2026; <paramref name="settings"/>
/// adds to or overrides its configuration. It is given what production requires at start (StartupChecks): an https
/// address (the test client uses https://localhost) and a key ring protected by a certificate made for the test run.
/// Production refuses demo mode, so an app with the demo runs in Staging, which is otherwise configured the same.
/// </summary>
public sealed class LoaAppFactory(
    Engine engine,
    bool demo = false,
    Action<IServiceCollection>? configure = null,
    IReadOnlyDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Now = new(2026, 7, 1, 3, 0, 0, TimeSpan.Zero);

    private readonly string dataPath = Path.Combine(Path.GetTempPath(), "loa-it-" + Guid.NewGuid().ToString("N"));
    private readonly string? postgresDatabase = engine == Engine.Postgres ? "loa_it_" + Guid.NewGuid().ToString("N")[..12] : null;
    private string? postgresConnection;

    // Set on a second instance: the app whose database and data folder it shares (and leaves for that app to remove).
    private LoaAppFactory? first;

    public Engine Engine { get; } = engine;

    public FixedClock Clock { get; } = new(Now);

    public string DataPath => first?.DataPath ?? dataPath;

    /// <summary>Another instance of the app on this one's database and data folder, as a second server behind a proxy would be.</summary>
    public LoaAppFactory SecondInstance(Action<IServiceCollection>? configureSecond = null, IReadOnlyDictionary<string, string?>? secondSettings = null)
    {
        _ = Server;
        return new LoaAppFactory(Engine, demo, configureSecond, secondSettings) { first = this };
    }

    /// <summary>This app's PostgreSQL database, created on first use: before the app starts, for a test that fills it first (a restore).</summary>
    public string PostgresConnectionString => first?.PostgresConnectionString ?? (postgresConnection ??= CreatePostgresDatabase());

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(demo ? "Staging" : "Production");
        builder.UseSetting("urls", "https://localhost");
        builder.UseSetting("Loa:DataPath", DataPath);
        builder.UseSetting("Demo:Enabled", demo ? "true" : "false");
        builder.UseSetting("Loa:LoginAttemptsPerIpPerMinute", "100000");
        builder.UseSetting("Reminders:Enabled", "false");
        builder.UseSetting("Loa:AccountJobEnabled", "false");
        builder.UseSetting("Loa:RequireTwoFactorFor", "");
        builder.UseSetting("Loa:HumanCheckSeconds", "0");
        builder.UseSetting("Loa:PortalCacheSeconds", "0");
        builder.UseSetting("Loa:PublicPostsPerIpPerMinute", "100000");
        builder.UseSetting("Loa:PublicLookupsPerIpPerMinute", "100000");
        builder.UseSetting("OpenData:CacheSeconds", "0");
        builder.UseSetting("OpenData:RequestsPerIpPerMinute", "100000");
        builder.UseSetting("Database:StrictQueries", "true");
        builder.UseSetting("Database:Provider", Engine == Engine.Postgres ? "Postgres" : "Sqlite");
        if (Engine == Engine.Postgres)
        {
            builder.UseSetting("Database:ConnectionString", PostgresConnectionString);
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            services.AddDataProtection().ProtectKeysWithCertificate(TestCertificate.Certificate);
            services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, TestClientAddress>();
            configure?.Invoke(services);
        });
    }

    /// <summary>A DbContext that sees everything, for arranging and checking data behind the app's back.</summary>
    public LoaDbContext SystemDb()
    {
        var scope = Services.CreateScope();
        var options = scope.ServiceProvider.GetRequiredService<DbContextOptions<LoaDbContext>>();
        return new LoaDbContext(options, new FixedTenantScope(TenantScope.System));
    }

    public WebSession Session() => new(CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = new Uri("https://localhost"),
    }));

    /// <summary>A client that sends only the cookies the test puts in its headers.</summary>
    public HttpClient BareClient() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = false,
        BaseAddress = new Uri("https://localhost"),
    });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!disposing || first is not null)
        {
            return;
        }

        if (postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            using var connection = new NpgsqlConnection(ServerConnectionString());
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS \"{postgresDatabase}\" WITH (FORCE)";
            command.ExecuteNonQuery();
        }

        try
        {
            Directory.Delete(dataPath, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a finishing request; the temp folder is cleaned by the system later.
        }
    }

    private string CreatePostgresDatabase()
    {
        using (var connection = new NpgsqlConnection(ServerConnectionString()))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"CREATE DATABASE \"{postgresDatabase}\"";
            command.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(ServerConnectionString()) { Database = postgresDatabase }.ToString();
    }

    private static string ServerConnectionString() => Engines.PostgresServer
        ?? throw new InvalidOperationException($"CI requires PostgreSQL: set {Engines.PostgresVariable} to a server connection string.");
}

/// <summary>A clock the tests set.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    /// <summary>For a test that moves the clock: puts it back where it stood when disposed, so other tests never see the move.</summary>
    public IDisposable RestoreAfterwards() => new Restorer(this, Now);

    private sealed class Restorer(FixedClock clock, DateTimeOffset at) : IDisposable
    {
        public void Dispose() => clock.Now = at;
    }
}
