using Loa.Data;
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
/// that is dropped afterwards), in production configuration, with a clock fixed on 1 July 2026.
/// </summary>
public sealed class LoaAppFactory(Engine engine, bool demo = false, Action<IServiceCollection>? configure = null) : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset Now = new(2026, 7, 1, 3, 0, 0, TimeSpan.Zero);

    private readonly string dataPath = Path.Combine(Path.GetTempPath(), "loa-it-" + Guid.NewGuid().ToString("N"));
    private readonly string? postgresDatabase = engine == Engine.Postgres ? "loa_it_" + Guid.NewGuid().ToString("N")[..12] : null;

    public Engine Engine { get; } = engine;

    public FixedClock Clock { get; } = new(Now);

    public string DataPath => dataPath;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Loa:DataPath", dataPath);
        builder.UseSetting("Demo:Enabled", demo ? "true" : "false");
        builder.UseSetting("Loa:LoginAttemptsPerIpPerMinute", "100000");
        builder.UseSetting("Reminders:Enabled", "false");
        builder.UseSetting("Loa:AccountJobEnabled", "false");
        builder.UseSetting("Loa:RequireTwoFactorFor", "");
        builder.UseSetting("Loa:HumanCheckSeconds", "0");
        builder.UseSetting("Loa:PortalCacheSeconds", "0");
        builder.UseSetting("Loa:PublicPostsPerIpPerMinute", "100000");
        builder.UseSetting("Loa:PublicLookupsPerIpPerMinute", "100000");
        builder.UseSetting("Database:StrictQueries", "true");
        builder.UseSetting("Database:Provider", Engine == Engine.Postgres ? "Postgres" : "Sqlite");
        if (Engine == Engine.Postgres)
        {
            builder.UseSetting("Database:ConnectionString", CreatePostgresDatabase());
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
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
        if (!disposing)
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
