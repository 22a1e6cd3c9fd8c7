using Loa.Domain.Accounts;

namespace Loa.Domain.Audit;

/// <summary>
/// Who reads the audit log (decision record 21): the system administrator all of it; a province officer the entries of
/// their province (its communes, its accounts, its own officers), since incidents are reported up through the province;
/// nobody else — a commune's staff never.
/// </summary>
public static class AuditAccess
{
    public static AuditReach For(UserRole? role, int? provinceId) => role switch
    {
        UserRole.SystemAdmin => AuditReach.Everything,
        UserRole.ProvinceOfficer when provinceId is { } province => AuditReach.OfProvince(province),
        _ => AuditReach.Nothing,
    };
}

/// <summary>What part of the log a reader may see: everything, one province's entries, or nothing.</summary>
public sealed record AuditReach(bool All, int? ProvinceId)
{
    public static readonly AuditReach Everything = new(true, null);

    public static readonly AuditReach Nothing = new(false, null);

    public bool Any => All || ProvinceId is not null;

    public static AuditReach OfProvince(int provinceId) => new(false, provinceId);
}
