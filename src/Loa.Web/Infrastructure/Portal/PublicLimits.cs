namespace Loa.Web.Infrastructure.Portal;

/// <summary>
/// The rate-limit policies of the public portal, named for <c>[EnableRateLimiting(PublicLimits.Posts)]</c> on a page
/// model: <see cref="Posts"/> for pages with a public form (only their posts count), <see cref="Lookups"/> for
/// look-ups by a code. Limits are per IP address and minute (<c>Loa:PublicPostsPerIpPerMinute</c>,
/// <c>Loa:PublicLookupsPerIpPerMinute</c>); beyond them the answer is 429 with a Vietnamese message.
/// </summary>
public static class PublicLimits
{
    public const string Posts = "public-posts";
    public const string Lookups = "public-lookups";
}
