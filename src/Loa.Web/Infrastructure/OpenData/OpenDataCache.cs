using Loa.Web.Infrastructure.Portal;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace Loa.Web.Infrastructure.OpenData;

/// <summary>
/// The output cache of the open data: every answer (the same for everyone, signed in or not) is kept for
/// <c>OpenData:CacheSeconds</c>, per address. A commune's files carry the commune's portal tag, so that the save of any change
/// of that commune drops them at once (<see cref="PortalCacheEviction"/>); every file carries the tag of the whole portal, which a
/// change of a commune's service state or of province-wide data drops. The province and national files are sums over many
/// communes: they are not dropped at each save anywhere in the country but live out their short lifetime.
/// </summary>
public sealed class OpenDataCache(IOptions<OpenDataOptions> options) : IOutputCachePolicy
{
    public const string Policy = "open-data";

    private const string CommuneKey = "loa.open-data.commune";

    /// <summary>Marks the answer as one commune's data, to be dropped with the commune's portal pages.</summary>
    public static void ForCommune(HttpContext context, int communeId) => context.Items[CommuneKey] = communeId;

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var seconds = options.Value.CacheSeconds;
        context.EnableOutputCaching = seconds > 0 && (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method));
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(Math.Max(seconds, 1));
        context.Tags.Add("portal");
        context.Tags.Add(Policy);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        if (http.Response.StatusCode != StatusCodes.Status200OK || http.Response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }

        if (http.Items.TryGetValue(CommuneKey, out var commune) && commune is int id)
        {
            context.Tags.Add(PortalCache.Tag(id));
        }

        return ValueTask.CompletedTask;
    }
}
