using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Web.Infrastructure.Portal;

namespace Loa.Web.Infrastructure.Security;

/// <summary>The scope of the signed-in user of the current request; nobody's when no one is signed in; a commune's public on its portal.</summary>
public sealed class HttpTenantScopeAccessor(IHttpContextAccessor http) : ITenantScopeAccessor
{
    private TenantScope? scope;

    public TenantScope Scope => scope ??= Build();

    private TenantScope Build()
    {
        var context = http.HttpContext;
        if (context?.PortalCommune() is { } portal)
        {
            return PortalScope.For(portal, context.Connection.RemoteIpAddress?.ToString());
        }

        var user = context?.User;
        if (user?.Identity?.IsAuthenticated != true || user.Role() is not { } role)
        {
            return TenantScope.Nobody with { IpAddress = context?.Connection.RemoteIpAddress?.ToString() };
        }

        return new TenantScope
        {
            IsSystem = role == UserRole.SystemAdmin,
            ProvinceId = role == UserRole.NationalOfficer ? null : user.ProvinceId(),
            CommuneId = role is UserRole.ProvinceOfficer or UserRole.NationalOfficer ? null : user.CommuneId(),
            UnitId = user.UnitId(),
            Role = role,
            UserId = user.UserId(),
            UserName = user.Identity.Name,
            IpAddress = context!.Connection.RemoteIpAddress?.ToString(),
        };
    }
}
