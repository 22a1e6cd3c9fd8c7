using Loa.Web.Infrastructure.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Loa.Web.Infrastructure.Security;

/// <summary>
/// Razor Pages cannot put [Authorize] on a handler method, so handlers that need more than the page's
/// policy ask here: null means allowed; otherwise a 403 answer, logged as a denial.
/// </summary>
public static class HandlerAuthorization
{
    public static async Task<IActionResult?> RequirePolicyAsync(this PageModel page, string policy)
    {
        var services = page.HttpContext.RequestServices;
        var result = await services.GetRequiredService<IAuthorizationService>().AuthorizeAsync(page.User, policy);
        if (result.Succeeded)
        {
            return null;
        }

        return await page.DenyAsync(policy);
    }

    /// <summary>
    /// Refuses the request with 403 and the reason shown on the error page, and writes the denial of that record to
    /// the audit log. For a user who may see the record but not do this to it (a refusal that names someone else's
    /// record would be a 404, <see cref="Audit.NotFoundAuditing"/>).
    /// </summary>
    public static async Task<IActionResult> RefuseAsync<TEntity>(this PageModel page, int id, string reason)
    {
        var audit = page.HttpContext.RequestServices.GetRequiredService<AuditLog>();
        await audit.WriteAsync("denied", succeeded: false, typeof(TEntity).Name, id.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{page.Request.Method} {page.Request.Path}{page.Request.QueryString}: {reason}");
        page.HttpContext.Items[RefusalKey] = reason;
        return page.StatusCode(StatusCodes.Status403Forbidden);
    }

    /// <summary>Where <see cref="RefuseAsync"/> leaves the reason for the error page (the same request, re-executed).</summary>
    public const string RefusalKey = "Loa.Refusal";

    /// <summary>Refuses the request with 403 and writes the denial to the audit log.</summary>
    public static async Task<IActionResult> DenyAsync(this PageModel page, string reason)
    {
        var audit = page.HttpContext.RequestServices.GetRequiredService<AuditLog>();
        await audit.WriteAsync("denied", succeeded: false, detail: $"{page.Request.Method} {page.Request.Path} ({reason})");
        return page.Forbid();
    }
}
