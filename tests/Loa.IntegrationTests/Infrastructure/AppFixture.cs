namespace Loa.IntegrationTests.Infrastructure;

/// <summary>One running app per database engine, shared by the tests of the "app" collection; tests keep apart by building their own commune.</summary>
public sealed class AppFixture : IDisposable
{
    private readonly Dictionary<Engine, LoaAppFactory> apps = [];
    private readonly Lock gate = new();

    public LoaAppFactory App(Engine engine)
    {
        lock (gate)
        {
            if (!apps.TryGetValue(engine, out var app))
            {
                app = new LoaAppFactory(engine);
                _ = app.Server;
                apps[engine] = app;
            }

            return app;
        }
    }

    public void Dispose()
    {
        foreach (var app in apps.Values)
        {
            app.Dispose();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppFixture>
{
    public const string Name = "app";
}
