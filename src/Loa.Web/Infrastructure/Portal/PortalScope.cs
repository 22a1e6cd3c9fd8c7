using Loa.Data;

namespace Loa.Web.Infrastructure.Portal;

/// <summary>
/// Requests to a commune's public portal (<c>/x/{code}/…</c>) act as "the public of that commune", whoever is
/// signed in: the DbContext then sees that commune's data (and its province's shared data) and nothing else, and
/// portal pages show only what is published. An unknown code answers 404 before any page runs.
/// </summary>
public static class PortalScope
{
    private const string Key = "loa.portal";

    public static PortalCommune? PortalCommune(this HttpContext context) => context.Items.TryGetValue(Key, out var value) ? value as PortalCommune : null;

    public static TenantScope For(PortalCommune commune, string? ipAddress) => new()
    {
        ProvinceId = commune.ProvinceId,
        CommuneId = commune.Id,
        UserName = "public",
        IpAddress = ipAddress,
    };

    /// <summary>Resolves the commune of a portal address before routing reaches the page.</summary>
    public static IApplicationBuilder UsePortalScope(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path.Value ?? "";
        if (path.StartsWith("/x/", StringComparison.OrdinalIgnoreCase))
        {
            var code = path.Length >= 8 ? path.Substring(3, 5) : "";
            var rest = path.Length > 8 ? path[8..] : "";
            var commune = rest.Length == 0 || rest[0] == '/'
                ? await context.RequestServices.GetRequiredService<PortalDirectory>().FindAsync(code, context.RequestAborted)
                : null;
            if (commune is null)
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            context.Items[Key] = commune;
        }

        await next();
    });
}
