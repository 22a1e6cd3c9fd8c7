using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Loa.Web.Infrastructure.Input;

/// <summary>
/// A request that no handler of its page answers — a POST to a page that only shows, a "?handler=" that names nothing —
/// is refused before the page renders and before anything is read: 405 (with the verbs the page does accept) when the
/// page has no handler for the verb at all; 404 when it has some but none by that name (or none without a name), the
/// same "not found" whatever object the address names, so that it tells nothing of another commune's ids. Without this,
/// Razor Pages renders the page as if its GET handler had run, on data it never loaded, and the request ends in a 500
/// with a stack trace in the log. A page without any handler (a page that only shows) still answers GET and HEAD.
/// (A name no handler has is answered by the verb's unnamed handler when there is one: Razor Pages' own rule.)
/// </summary>
public sealed class UnknownHandlerFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.HandlerMethod is not null)
        {
            return;
        }

        var method = context.HttpContext.Request.Method;
        var handlers = context.ActionDescriptor.HandlerMethods;
        var reads = HttpMethods.IsGet(method) || HttpMethods.IsHead(method);
        if (handlers.Count == 0 && reads)
        {
            return;
        }

        var verbs = handlers.Count == 0 ? [HttpMethods.Get] : handlers.Select(h => h.HttpMethod.ToUpperInvariant()).Distinct().ToList();
        if (verbs.Contains(reads ? HttpMethods.Get : method.ToUpperInvariant(), StringComparer.Ordinal))
        {
            context.Result = new NotFoundResult();
            return;
        }

        if (verbs.Contains(HttpMethods.Get, StringComparer.Ordinal))
        {
            verbs.Add(HttpMethods.Head);
        }

        context.HttpContext.Response.Headers.Allow = string.Join(", ", verbs);
        context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
