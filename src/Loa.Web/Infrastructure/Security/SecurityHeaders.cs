namespace Loa.Web.Infrastructure.Security;

/// <summary>The response headers every page carries: a strict content policy, no framing, no sniffing, no referrer leaks.</summary>
public static class SecurityHeaders
{
    private const string FramesKey = "loa.csp.frames";
    private const string RemoteImagesKey = "loa.csp.remote-images";
    private const string FramedBySelfKey = "loa.csp.framed-by-self";

    private const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Lets this response embed players from these origins (an article's video): adds them as frame-src.</summary>
    public static void AllowFrames(HttpContext context, IEnumerable<string> origins) => context.Items[FramesKey] = string.Join(' ', origins);

    /// <summary>Lets this response show images from other https sites (an article body that links to them).</summary>
    public static void AllowRemoteImages(HttpContext context) => context.Items[RemoteImagesKey] = true;

    /// <summary>Lets this response be shown in a frame of Loa's own pages (the article editor's phone preview), never of another site.</summary>
    public static void AllowFramingBySelf(HttpContext context) => context.Items[FramedBySelfKey] = true;

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            var policy = ContentSecurityPolicy;
            if (context.Items.ContainsKey(RemoteImagesKey))
            {
                policy = policy.Replace("img-src 'self' data:", "img-src 'self' data: https:", StringComparison.Ordinal);
            }

            if (context.Items[FramesKey] is string frames)
            {
                policy += "; frame-src " + frames;
            }

            var framedBySelf = context.Items.ContainsKey(FramedBySelfKey);
            if (framedBySelf)
            {
                policy = policy.Replace("frame-ancestors 'none'", "frame-ancestors 'self'", StringComparison.Ordinal);
            }

            // a response that set its own policy (a file served alone: "default-src 'none'; sandbox") keeps it
            if (string.IsNullOrEmpty(headers.ContentSecurityPolicy))
            {
                headers.ContentSecurityPolicy = policy;
            }
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = framedBySelf ? "SAMEORIGIN" : "DENY";
            headers["Referrer-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            return Task.CompletedTask;
        });
        await next();
    });
}
