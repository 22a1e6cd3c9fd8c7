using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Loa.BrowserTests.Infrastructure;

/// <summary>
/// The real app (Program.cs, unchanged) on Kestrel at 127.0.0.1 with a port the system picks, in the
/// Development environment (so the session cookie works over plain http), with its own data folder for
/// the SQLite file and uploads, and demo mode on so that the demo communes and accounts exist.
/// </summary>
public sealed class LoaWebApplicationFactory : WebApplicationFactory<Program>
{
    private readonly string dataPath;

    public LoaWebApplicationFactory(string dataPath)
    {
        this.dataPath = dataPath;
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    /// <summary>The address Kestrel listens on, known once the server has started.</summary>
    public Uri ServerAddress =>
        new(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel reported no address."));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Development);
        builder.UseSetting("Database:StrictQueries", "true");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", "");
        builder.UseSetting("Loa:DataPath", dataPath);
        builder.UseSetting("Demo:Enabled", "true");
        // Every journey signs in from 127.0.0.1 to this one shared app: at the default of 20 sign-ins a minute a fast run
        // answered a journey "Quá nhiều yêu cầu" (CI, ArticleEditorJourneyTests). SignInTests checks the limit itself.
        builder.UseSetting("Loa:LoginAttemptsPerIpPerMinute", "100000");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }
}
