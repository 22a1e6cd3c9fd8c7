using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Loa.Web.Infrastructure;

/// <summary>Small pieces of the pipeline that keep failures clean.</summary>
public static class RequestGuards
{
    /// <summary>
    /// Error pages are shown by re-running the request on /error: as a GET, so that the error page never
    /// reads the body of the request that failed (a body that may be the very reason it failed), and without its
    /// query string (a "?handler=…" of the failed page would select a handler the error page does not have).
    /// </summary>
    public static IApplicationBuilder UseErrorPagesAsGet(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerPathFeature>() is not null)
        {
            context.Request.Method = HttpMethods.Get;
            context.Request.QueryString = QueryString.Empty;
            context.Request.ContentType = null;
            context.Request.Body = Stream.Null;
        }

        return next();
    });

    /// <summary>
    /// A request that says it is larger than its page accepts is answered 413 at once, before anything
    /// (the form-token check included) starts reading it; the user sees "Tệp quá lớn".
    /// </summary>
    public static IApplicationBuilder UseDeclaredSizeLimit(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerPathFeature>() is not null)
        {
            return next();
        }

        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize
            ?? context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
        if (context.Request.ContentLength is { } length && limit is { } max && length > max)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }

        return next();
    });
}
