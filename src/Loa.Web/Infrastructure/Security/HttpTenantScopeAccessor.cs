using Loa.Data;
using Loa.Domain.Accounts;

namespace Loa.Web.Infrastructure.Security;

/// <summary>The scope of the signed-in user of the current request; nobody's when no one is signed in.</summary>
public sealed class HttpTenantScopeAccessor(IHttpContextAccessor http) : ITenantScopeAccessor
{
    private TenantScope? scope;

    public TenantScope Scope => scope ??= Build();

    private TenantScope Build()
    {
        var context = http.HttpContext;
        var user = context?.User;
        if (user?.Identity?.IsAuthenticated != true || user.Role() is not { } role)
        {
            return TenantScope.Nobody with { IpAddress = context?.Connection.RemoteIpAddress?.ToString() };
        }

        return new TenantScope
        {
            IsSystem = role == UserRole.SystemAdmin,
            ProvinceId = user.ProvinceId(),
            CommuneId = role == UserRole.ProvinceOfficer ? null : user.CommuneId(),
            UnitId = user.UnitId(),
            Role = role,
            UserId = user.UserId(),
            UserName = user.Identity.Name,
            IpAddress = context!.Connection.RemoteIpAddress?.ToString(),
        };
    }
}
