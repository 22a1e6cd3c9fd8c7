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

        await services.GetRequiredService<AuditLog>().WriteAsync("denied", succeeded: false, detail: $"{page.Request.Method} {page.Request.Path} ({policy})");
        return page.Forbid();
    }
}
