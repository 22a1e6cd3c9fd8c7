using Loa.Data;
using Loa.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Loa.Notifications;

/// <summary>Who a notification goes to: active accounts of a commune's roles, a unit's officers, a province's officers.</summary>
public static class Recipients
{
    public static Task<List<(string, int?, int?)>> CommuneStaffAsync(
        LoaDbContext db, int communeId, UserRole[] roles, CancellationToken cancellationToken = default) =>
        ListAsync(db.Users.Where(u => u.CommuneId == communeId && roles.Contains(u.Role)), cancellationToken);

    public static Task<List<(string, int?, int?)>> UnitOfficersAsync(LoaDbContext db, int unitId, CancellationToken cancellationToken = default) =>
        ListAsync(db.Users.Where(u => u.UnitId == unitId && u.Role == UserRole.UnitOfficer), cancellationToken);

    public static Task<List<(string, int?, int?)>> ProvinceOfficersAsync(LoaDbContext db, int provinceId, CancellationToken cancellationToken = default) =>
        ListAsync(db.Users.Where(u => u.ProvinceId == provinceId && u.Role == UserRole.ProvinceOfficer), cancellationToken);

    private static async Task<List<(string, int?, int?)>> ListAsync(IQueryable<User> users, CancellationToken cancellationToken) =>
        (await users.AsNoTracking().Where(u => !u.IsDisabled).Select(u => new { u.Id, u.ProvinceId, u.CommuneId }).ToListAsync(cancellationToken))
        .Select(u => (u.Id, u.ProvinceId, u.CommuneId)).ToList();
}
