using Loa.Notifications;
using Microsoft.Extensions.Options;

namespace Loa.Web.Infrastructure.Notifications;

/// <summary>The outbox's channels: e-mail ("Email"), Zalo ZNS ("Zalo") and SMS ("Sms") sections, each off unless configured.</summary>
public static class MessageServices
{
    public const string HttpClientName = "messages";

    public static IServiceCollection AddMessageChannels(this IServiceCollection services)
    {
        services.AddOptions<ZaloOptions>().BindConfiguration(ZaloOptions.Section);
        services.AddOptions<SmsOptions>().BindConfiguration(SmsOptions.Section);
        services.AddHttpClient(HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton(provider =>
        {
            var http = provider.GetRequiredService<IHttpClientFactory>();
            var data = provider.GetRequiredService<LoaPaths>().Data;
            return new MessageChannelSet(
            [
                new EmailChannel(provider.GetRequiredService<IOptions<EmailOptions>>().Value, data),
                new ZaloZnsChannel(http.CreateClient(HttpClientName), provider.GetRequiredService<IOptions<ZaloOptions>>().Value, data),
                new SmsGatewayChannel(http.CreateClient(HttpClientName), provider.GetRequiredService<IOptions<SmsOptions>>().Value, data),
            ]);
        });
        services.AddScoped<CitizenAnswerNotice>();
        return services;
    }
}
