using Microsoft.AspNetCore.Mvc.Filters;

namespace Loa.Web.Infrastructure.Portal;

/// <summary>
/// Pages that show personal data (or a tracking code) are never kept by browsers or proxies: <c>Cache-Control:
/// no-store</c> (security.md 22).
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class NoStoreAttribute : Attribute, IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var response = context.HttpContext.Response;
        response.OnStarting(() =>
        {
            response.Headers.CacheControl = "no-store";
            response.Headers.Pragma = "no-cache";
            return Task.CompletedTask;
        });
        return next();
    }
}
