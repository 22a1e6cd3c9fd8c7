using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Text;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Admin.Users;

/// <summary>
/// The lists a manager chooses a place from: the provinces (administrator only), the communes of the chosen province, the
/// active units of the chosen commune; each in Vietnamese order. A province officer's and a coordinator's own place is fixed.
/// </summary>
public sealed record PlaceLists(
    IReadOnlyList<UserRole> Roles,
    IReadOnlyList<PlaceOption> Provinces,
    IReadOnlyList<PlaceOption> Communes,
    IReadOnlyList<PlaceOption> Units,
    string? FixedProvince,
    string? FixedCommune)
{
    public static async Task<PlaceLists> LoadAsync(LoaDbContext db, AccountHolder manager, int? provinceId, int? communeId)
    {
        provinceId = AdminAccess.ProvinceOf(manager) ?? provinceId;
        communeId = AdminAccess.CommuneOf(manager) ?? communeId;
        var provinces = manager.Role == UserRole.SystemAdmin
            ? Ordered(await db.Provinces.AsNoTracking().Select(p => new PlaceOption(p.Id, p.Name)).ToListAsync())
            : [];
        var communes = provinceId is { } p && AdminAccess.CommuneOf(manager) is null
            ? Ordered(await db.Communes.AsNoTracking().Where(c => c.ProvinceId == p).Select(c => new PlaceOption(c.Id, c.Name)).ToListAsync())
            : [];
        var units = communeId is { } c
            ? Ordered(await db.Units.AsNoTracking().Where(u => u.CommuneId == c && !u.IsArchived
                && (provinceId == null || u.ProvinceId == provinceId)).Select(u => new PlaceOption(u.Id, u.Name)).ToListAsync())
            : [];
        var fixedProvince = manager.Role == UserRole.SystemAdmin || provinceId is null ? null
            : await db.Provinces.AsNoTracking().Where(x => x.Id == provinceId).Select(x => x.Name).FirstOrDefaultAsync();
        var fixedCommune = AdminAccess.CommuneOf(manager) is { } own
            ? await db.Communes.AsNoTracking().Where(x => x.Id == own).Select(x => x.Name).FirstOrDefaultAsync()
            : null;
        return new PlaceLists(AdminAccess.AssignableRoles(manager), provinces, communes, units, fixedProvince, fixedCommune);
    }

    private static List<PlaceOption> Ordered(List<PlaceOption> options) =>
        options.OrderBy(o => o.Name, VietnameseOrder.Instance).ToList();
}

/// <summary>One entry of a list: its id and its name.</summary>
public sealed record PlaceOption(int Id, string Name);

/// <summary>What the place fields partial shows: the values and the lists to choose from.</summary>
public sealed record PlaceFields(AccountPlace Place, PlaceLists Lists);
