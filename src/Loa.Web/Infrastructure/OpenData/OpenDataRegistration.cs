using System.Threading.RateLimiting;
using Loa.Web.Infrastructure.Scaling;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Loa.Web.Infrastructure.OpenData;

/// <summary>The open data's settings, output-cache policy and rate limit (decision record 40).</summary>
public static class OpenDataRegistration
{
    /// <summary>The rate-limit policy of every open-data address: requests per IP address and minute.</summary>
    public const string RateLimit = "open-data";

    public static void AddOpenData(this IServiceCollection services)
    {
        services.AddOptions<OpenDataOptions>().BindConfiguration(OpenDataOptions.Section);
        services.AddSingleton<OpenDataCache>();
        services.AddSingleton<IConfigureOptions<OutputCacheOptions>>(sp =>
            new ConfigureOptions<OutputCacheOptions>(o => o.AddPolicy(OpenDataCache.Policy, sp.GetRequiredService<OpenDataCache>())));
        services.AddSingleton<IConfigureOptions<RateLimiterOptions>>(sp => new ConfigureOptions<RateLimiterOptions>(o =>
        {
            var settings = sp.GetRequiredService<IOptions<OpenDataOptions>>().Value;
            Func<HttpContext, RateLimitPartition<string>> partition = context => RateLimitPartition.GetFixedWindowLimiter(
                "open-data:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = settings.RequestsPerIpPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            if (settings.SharedRateLimit)
            {
                SharedRateLimiterOptions.Over(o, sp).AddPolicy(RateLimit, partition);
            }
            else
            {
                // Counted in this instance's memory: n instances let n times the limit through, which is enough against a scraper
                // and keeps a read a read (no write to the database per request).
                o.AddPolicy(RateLimit, partition);
            }
        }));
    }
}
