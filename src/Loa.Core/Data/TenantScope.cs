using Loa.Domain.Accounts;

namespace Loa.Data;

/// <summary>
/// Who is acting and which data they may see. The DbContext filters every query of commune-owned data
/// with it: commune staff see their commune, a province officer sees the province's communes, the
/// system (command line, seeding, background work) sees everything, anyone else sees nothing.
/// </summary>
public sealed record TenantScope
{
    public static readonly TenantScope Nobody = new();

    public static readonly TenantScope System = new() { IsSystem = true, UserName = "system" };

    public bool IsSystem { get; init; }

    /// <summary>
    /// Reads every commune's data: the system. The tenant filter asks this, not <see cref="IsSystem"/>, so that a
    /// reading role above the provinces can be added without touching the filter.
    /// </summary>
    public bool ReadsEverything => IsSystem;

    public int? ProvinceId { get; init; }

    public int? CommuneId { get; init; }

    public int? UnitId { get; init; }

    public UserRole? Role { get; init; }

    public string? UserId { get; init; }

    public string? UserName { get; init; }

    public string? IpAddress { get; init; }

    public static TenantScope ForUser(User user, string? ipAddress = null) => new()
    {
        IsSystem = user.Role == UserRole.SystemAdmin,
        ProvinceId = user.ProvinceId,
        CommuneId = user.Role == UserRole.ProvinceOfficer ? null : user.CommuneId,
        UnitId = user.UnitId,
        Role = user.Role,
        UserId = user.Id,
        UserName = user.UserName,
        IpAddress = ipAddress,
    };
}

/// <summary>Gives the DbContext the scope of the current request or process.</summary>
public interface ITenantScopeAccessor
{
    TenantScope Scope { get; }
}

/// <summary>A fixed scope: the command line and tests use it.</summary>
public sealed class FixedTenantScope(TenantScope scope) : ITenantScopeAccessor
{
    public TenantScope Scope { get; } = scope;
}
