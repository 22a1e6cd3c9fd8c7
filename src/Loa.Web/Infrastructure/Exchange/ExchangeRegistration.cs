using Loa.Exchange;

namespace Loa.Web.Infrastructure.Exchange;

/// <summary>The document exchange's services (options, transports, worker, mock hub) and endpoints.</summary>
public static class ExchangeRegistration
{
    public static IServiceCollection AddExchange(this IServiceCollection services)
    {
        services.AddOptions<ExchangeOptions>().BindConfiguration(ExchangeOptions.Section);
        services.AddHttpClient(ExchangeTransports.HubClient, c => c.Timeout = TimeSpan.FromSeconds(60));
        services.AddSingleton<ExchangeTransports>();
        services.AddSingleton<MockHub>();
        services.AddSingleton<ExchangeWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<ExchangeWorker>());
        return services;
    }
}
