using Loa.Exchange;
using Loa.IntegrationTests.Infrastructure;
using Loa.Web.Infrastructure.Exchange;
using Microsoft.Extensions.DependencyInjection;

namespace Loa.IntegrationTests.Exchange;

/// <summary>
/// One app per engine with the exchange on: the hub transport talking to the app's own mock hub through the test server,
/// the worker off (tests run its turns themselves, <see cref="TurnAsync"/>), a receiver code the mock hub rejects.
/// </summary>
public sealed class ExchangeApps : IDisposable
{
    public const string RejectedCode = "000.99.99.H99";

    private readonly Dictionary<Engine, LoaAppFactory> apps = [];
    private readonly Lock gate = new();

    public LoaAppFactory App(Engine engine)
    {
        lock (gate)
        {
            if (!apps.TryGetValue(engine, out var app))
            {
                LoaAppFactory? created = null;
                created = new LoaAppFactory(
                    engine,
                    configure: services => services.AddHttpClient(ExchangeTransports.HubClient)
                        .ConfigurePrimaryHttpMessageHandler(() => created!.Server.CreateHandler()),
                    settings: new Dictionary<string, string?>
                    {
                        ["Loa:Exchange:Transport"] = "Hub",
                        ["Loa:Exchange:MockHub"] = "true",
                        ["Loa:Exchange:HubUrl"] = "https://localhost/mock-hub/",
                        ["Loa:Exchange:HubToken"] = "mat-khau-truc-thu-nghiem",
                        ["Loa:Exchange:MockHubRejects"] = RejectedCode,
                        ["Loa:Exchange:Worker"] = "false",
                        ["Loa:Exchange:MaxAttempts"] = "3",
                    });
                app = created;
                _ = app.Server;
                apps[engine] = app;
            }

            return app;
        }
    }

    /// <summary>One turn of the exchange worker at the app's clock: send, follow, fetch for every province.</summary>
    public static async Task<ExchangeCycle.Outcome> TurnAsync(LoaAppFactory app, IExchangeTransport? transport = null)
    {
        var transports = app.Services.GetRequiredService<ExchangeTransports>();
        await using var db = app.SystemDb();
        return await ExchangeCycle.RunAsync(
            db, transport ?? transports.Create()!, transports.Options, app.DataPath, app.Clock.GetUtcNow().UtcDateTime);
    }

    public void Dispose()
    {
        foreach (var app in apps.Values)
        {
            app.Dispose();
        }
    }
}
