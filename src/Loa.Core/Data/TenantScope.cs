using Loa.Domain.Accounts;

namespace Loa.Data;

/// <summary>
/// Who is acting and which data they may see. The DbContext filters every query of commune-owned data
/// with it: commune staff see their commune, a province officer sees the province's communes, the
/// system (command line, seeding, background work) sees everything, a national officer (Bộ Nội vụ) reads everything
/// and writes no commune's data, anyone else sees nothing.
/// </summary>
public sealed record TenantScope
{
    public static readonly TenantScope Nobody = new();

    public static readonly TenantScope System = new() { IsSystem = true, UserName = "system" };

    public bool IsSystem { get; init; }

    /// <summary>
    /// Reads every commune's data: the system and the national officer (decision record 39). The tenant filter asks
    /// this, not <see cref="IsSystem"/>.
    /// </summary>
    public bool ReadsEverything => IsSystem || ReadsOnly;

    /// <summary>
    /// Reads and never writes communes' data: the national officer. The save pipeline refuses any change of a commune's
    /// or province's data from such a scope, whatever page asked for it (<see cref="ReadOnlyScopeException"/>).
    /// </summary>
    public bool ReadsOnly => Role == UserRole.NationalOfficer && !IsSystem;

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
        ProvinceId = user.Role == UserRole.NationalOfficer ? null : user.ProvinceId,
        CommuneId = user.Role is UserRole.ProvinceOfficer or UserRole.NationalOfficer ? null : user.CommuneId,
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
