using Loa.Data;
using Loa.Portal;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Infrastructure.Portal;

/// <summary>
/// What a commune's portal says when the commune does not use Loa (decision record 22): plainly that it does not yet,
/// where its people can turn instead — the province's contacts as Loa knows them and the national public-service portal.
/// </summary>
public sealed record ServiceNotice(
    PortalCommune Commune,
    string ProvinceGovernment,
    string? ProvinceRecipient,
    PortalProfile? ProvinceProfile,
    PortalProfile? CommuneProfile)
{
    /// <summary>Cổng Dịch vụ công quốc gia.</summary>
    public const string NationalPortal = "https://dichvucong.gov.vn";
}

/// <summary>Whether a commune's portal is in service, read from the database on each request (the switch must take effect at once on every instance).</summary>
public static class PortalService
{
    public static Task<bool> InServiceAsync(LoaDbContext db, int communeId, CancellationToken cancellationToken) =>
        db.Communes.AsNoTracking().AnyAsync(c => c.Id == communeId && c.InService, cancellationToken);

    /// <summary>The notice of a commune not in service, with what Loa knows of its province and itself.</summary>
    public static async Task<ServiceNotice> NoticeAsync(LoaDbContext db, PortalCommune commune, CancellationToken cancellationToken)
    {
        var province = await db.Provinces.AsNoTracking().Where(p => p.Id == commune.ProvinceId)
            .Select(p => new { p.Kind, p.Locality, p.ReportRecipient }).FirstAsync(cancellationToken);
        var profiles = await db.PortalProfiles.AsNoTracking()
            .Where(p => p.CommuneId == commune.Id || (p.CommuneId == null && p.ProvinceId == commune.ProvinceId))
            .ToListAsync(cancellationToken);
        return new ServiceNotice(
            commune,
            $"Ủy ban nhân dân {province.Kind} {province.Locality}",
            province.ReportRecipient,
            profiles.FirstOrDefault(p => p.CommuneId == null),
            profiles.FirstOrDefault(p => p.CommuneId == commune.Id));
    }
}
