using Microsoft.AspNetCore.Identity;

namespace Loa.Domain.Accounts;

/// <summary>A person who signs in: bound to a province or a commune, optionally to a unit, with one role.</summary>
public sealed class User : IdentityUser
{
    public string FullName { get; set; } = "";

    public UserRole Role { get; set; }

    public int? ProvinceId { get; set; }

    public int? CommuneId { get; set; }

    public int? UnitId { get; set; }

    /// <summary>A disabled account cannot sign in and its sessions end.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>Created by the demo seeder; only signs in while demo mode is on.</summary>
    public bool IsDemo { get; set; }

    public DateTime CreatedAt { get; set; }
}
