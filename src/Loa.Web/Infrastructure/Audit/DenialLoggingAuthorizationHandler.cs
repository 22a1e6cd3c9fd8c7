using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Loa.Web.Infrastructure.Audit;

/// <summary>Logs every request that authorization forbids (a signed-in user asking for what their role may not do).</summary>
public sealed class DenialLoggingAuthorizationHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler inner = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            var audit = context.RequestServices.GetRequiredService<AuditLog>();
            await audit.WriteAsync("denied", succeeded: false, detail: $"{context.Request.Method} {context.Request.Path}");
        }

        await inner.HandleAsync(next, context, policy, authorizeResult);
    }
}
