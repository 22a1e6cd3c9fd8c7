using System.Globalization;
using System.Security.Claims;
using Loa.Domain.Accounts;

namespace Loa.Web.Infrastructure.Security;

/// <summary>The claims Loa puts in the sign-in cookie, and how to read them back.</summary>
public static class LoaClaims
{
    public const string Province = "loa:province";
    public const string Commune = "loa:commune";
    public const string Unit = "loa:unit";
    public const string FullName = "loa:fullname";

    public static UserRole? Role(this ClaimsPrincipal user) =>
        Enum.TryParse<UserRole>(user.FindFirstValue(ClaimTypes.Role), out var role) ? role : null;

    public static int? ProvinceId(this ClaimsPrincipal user) => Int(user, Province);

    public static int? CommuneId(this ClaimsPrincipal user) => Int(user, Commune);

    public static int? UnitId(this ClaimsPrincipal user) => Int(user, Unit);

    public static string? UserId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);

    public static string DisplayName(this ClaimsPrincipal user) => user.FindFirstValue(FullName) ?? user.Identity?.Name ?? "";

    public static bool IsIn(this ClaimsPrincipal user, params UserRole[] roles) => user.Role() is { } role && roles.Contains(role);

    private static int? Int(ClaimsPrincipal user, string type) =>
        int.TryParse(user.FindFirstValue(type), CultureInfo.InvariantCulture, out var value) ? value : null;
}
