using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Loa.IntegrationTests.Infrastructure;

/// <summary>
/// Lets a test say which address its requests come from (the in-memory test server has none), with the header
/// <see cref="Header"/>; for limits per address. Requests without the header keep no address.
/// </summary>
public sealed class TestClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    /// <summary>Makes every request of the session come from <paramref name="address"/> (a documentation address such as 203.0.113.7).</summary>
    public static void Use(WebSession session, string address)
    {
        session.Client.DefaultRequestHeaders.Remove(Header);
        session.Client.DefaultRequestHeaders.Add(Header, address);
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[Header].ToString(), out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}
