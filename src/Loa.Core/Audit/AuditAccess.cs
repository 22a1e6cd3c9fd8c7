using Loa.Data;
using Loa.Domain.Accounts;

namespace Loa.Audit;

/// <summary>
/// Who reads the audit log (decision record 21): the system administrator all of it; a province officer the entries of
/// their own province's communes and of their province itself (its officers' own actions) — never an entry about a commune
/// of another province, whatever province the entry names; nobody else, commune staff never.
/// </summary>
public static class AuditAccess
{
    public static AuditReach For(UserRole? role, int? provinceId) => role switch
    {
        UserRole.SystemAdmin => AuditReach.Everything,
        UserRole.ProvinceOfficer when provinceId is { } province => AuditReach.OfProvince(province),
        _ => AuditReach.Nothing,
    };

    /// <summary>The entries <paramref name="reach"/> may read, as a query: the rule is applied by the database, before any filter.</summary>
    public static IQueryable<AuditEntry> Visible(LoaDbContext db, AuditReach reach)
    {
        var entries = db.AuditEntries.AsQueryable();
        if (reach.All)
        {
            return entries;
        }

        if (reach.ProvinceId is not { } province)
        {
            return entries.Where(e => false);
        }

        var communes = db.Communes.Where(c => c.ProvinceId == province).Select(c => (int?)c.Id);
        return entries.Where(e => (e.CommuneId == null && e.ProvinceId == province) || (e.CommuneId != null && communes.Contains(e.CommuneId)));
    }
}

/// <summary>What part of the log a reader may see: everything, one province's entries, or nothing.</summary>
public sealed record AuditReach(bool All, int? ProvinceId)
{
    public static readonly AuditReach Everything = new(true, null);

    public static readonly AuditReach Nothing = new(false, null);

    public bool Any => All || ProvinceId is not null;

    public static AuditReach OfProvince(int provinceId) => new(false, provinceId);
}
