using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace Loa.Web.Infrastructure.Portal;

/// <summary>
/// The output cache of the public portal's busiest pages (a commune's home, procedure searches, the national home):
/// answers for people who are not signed in are kept for <c>Loa:PortalCacheSeconds</c> (30 by default; 0 turns it
/// off), per address and query, tagged with the commune so that a change the commune's staff save drops them at once
/// (<see cref="PortalCacheEviction"/>). Answers that set a cookie (forms with an antiforgery token) are never kept.
/// Mark a page model with <c>[OutputCache(PolicyName = PortalCache.Policy)]</c>.
/// </summary>
public sealed class PortalCache(IOptions<LoaOptions> options) : IOutputCachePolicy
{
    public const string Policy = "portal";

    /// <summary>The tag of a commune's kept pages, named after its portal stamp's scope (decision record 41).</summary>
    public static string Tag(int communeId) => Tag(Loa.Portal.PortalStamps.Of(communeId));

    public static string Tag(string stampScope) => "portal:" + stampScope;

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var seconds = options.Value.PortalCacheSeconds;
        var anonymous = http.User.Identity?.IsAuthenticated != true;
        var readOnly = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);
        context.EnableOutputCaching = seconds > 0 && readOnly;
        context.AllowCacheLookup = anonymous;
        context.AllowCacheStorage = anonymous;
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(Math.Max(seconds, 1));
        context.CacheVaryByRules.QueryKeys = "*";
        context.Tags.Add("portal");
        if (http.PortalCommune() is { } commune)
        {
            context.Tags.Add(Tag(commune.Id));
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
