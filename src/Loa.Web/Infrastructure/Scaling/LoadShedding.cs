using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;

namespace Loa.Web.Infrastructure.Scaling;

/// <summary>
/// Bounds the work in progress: at most <see cref="LoaOptions.RequestsInProgress"/> requests are computed at once, up to
/// <see cref="LoaOptions.RequestsWaiting"/> more wait their turn (oldest first), and any beyond are answered 503 at once
/// with a short Vietnamese text and Retry-After. Without it, requests that arrive faster than the server answers pile up
/// inside it and its memory grows with the pile (measured: 456 MB to 1 GB in an overloaded soak) until nothing is
/// answered; with it the server sheds the excess cheaply and recovers as soon as the load falls. Static files are served
/// before it. Either limit at 0 turns it off.
/// </summary>
public sealed class LoadShedding(RequestDelegate next, ConcurrencyLimiter limiter)
{
    public const string Busy = "Hệ thống đang quá tải, xin vui lòng thử lại sau ít giây.";

    public async Task InvokeAsync(HttpContext context)
    {
        using var lease = await limiter.AcquireAsync(1, context.RequestAborted);
        if (lease.IsAcquired)
        {
            await next(context);
            return;
        }

        // Answered here, not by the error pages: rendering a page is the work being shed.
        if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }

        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = "5";
        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(Busy, context.RequestAborted);
    }

    public static ConcurrencyLimiter Limiter(int inProgress, int waiting) => new(new ConcurrencyLimiterOptions
    {
        PermitLimit = inProgress,
        QueueLimit = waiting,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });
}

public static class LoadSheddingExtensions
{
    public static IApplicationBuilder UseLoadShedding(this IApplicationBuilder app, LoaOptions options) =>
        options.RequestsInProgress <= 0 || options.RequestsWaiting < 0
            ? app
            : app.UseMiddleware<LoadShedding>(LoadShedding.Limiter(options.RequestsInProgress, options.RequestsWaiting));
}
