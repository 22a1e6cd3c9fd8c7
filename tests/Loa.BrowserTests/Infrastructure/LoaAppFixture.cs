using System.Diagnostics.CodeAnalysis;
using Loa.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Loa.BrowserTests.Infrastructure;

/// <summary>
/// One app and one Chromium for all journeys: the app starts on a fresh temporary data folder with the demo
/// built; every journey opens its own browser context (its own cookies) and works in its own commune.
/// Nothing starts when the tests are skipped for lack of Chromium.
/// </summary>
[SuppressMessage(
    "Design",
    "CA1001:Types that own disposable fields should be disposable",
    Justification = "xunit disposes a fixture through IAsyncLifetime.DisposeAsync, which releases the app and the browser.")]
public sealed class LoaAppFixture : IAsyncLifetime
{
    private LoaWebApplicationFactory? factory;
    private IPlaywright? playwright;
    private IBrowser? browser;
    private string? dataPath;

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser was not started.");

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>The app's data folder (the demo's test CA and leaders' certificates lie in test-signing/).</summary>
    public string DataPath => dataPath ?? throw new InvalidOperationException("The app was not started.");

    public async Task InitializeAsync()
    {
        if (BrowserEnvironment.SkipReason is not null)
        {
            return;
        }

        if (!BrowserEnvironment.ChromiumFound)
        {
            throw new InvalidOperationException(BrowserEnvironment.MissingInCiMessage);
        }

        dataPath = Directory.CreateTempSubdirectory("loa-browser-").FullName;
        factory = new LoaWebApplicationFactory(dataPath);
        await Task.Run(factory.StartServer);
        BaseAddress = factory.ServerAddress;

        // A first page of a cold app on a small machine can take a few seconds; assertions wait up to 15.
        Assertions.SetDefaultExpectTimeout(15_000);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserEnvironment.ChromiumPath,
            Headless = true,
            Args = BrowserEnvironment.ChromiumArguments,
        });
    }

    /// <summary>Runs work on a DbContext that sees every commune, to arrange the data a journey starts from.</summary>
    public async Task<T> WithSystemDbAsync<T>(Func<LoaDbContext, Task<T>> work)
    {
        await using var scope = (factory ?? throw new InvalidOperationException("The app was not started.")).Services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<DbContextOptions<LoaDbContext>>();
        await using var db = new LoaDbContext(options, new FixedTenantScope(TenantScope.System));
        return await work(db);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        if (dataPath is not null && Directory.Exists(dataPath))
        {
            Directory.Delete(dataPath, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class LoaAppCollection : ICollectionFixture<LoaAppFixture>
{
    public const string Name = "Loa app in Chromium";
}
