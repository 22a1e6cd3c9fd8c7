using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Plans;
using Microsoft.EntityFrameworkCore;

namespace Loa.Load;

/// <summary>A generated staff account the profile signs in as, with what its pages need: its commune's issued plan.</summary>
internal sealed record StaffAccount(string UserName, UserRole Role, string? CommuneCode, int? PlanId);

/// <summary>
/// Who and what the national profile asks for, read from the generated database (<c>loa demo generate --all</c>) with
/// the app's own settings: <paramref name="Staff"/>, accounts of communes whose plan of the year is issued — by turns
/// their coordinator (daumoi.), leader (lanhdao.) and unit officer (donvi.), communes drawn at random — plus every
/// province officer (tinh.); <paramref name="Communes"/>, the codes of every commune in service, for the portal.
/// </summary>
internal sealed record ProfileTargets(IReadOnlyList<StaffAccount> Staff, IReadOnlyList<string> Communes)
{
    private static readonly (string Prefix, UserRole Role)[] Roles =
        [("daumoi", UserRole.Coordinator), ("lanhdao", UserRole.Leader), ("donvi", UserRole.UnitOfficer)];

    public static async Task<ProfileTargets> LoadAsync(DatabaseOptions options, string dataDirectory, int year, int accounts, Random random)
    {
        var builder = new DbContextOptionsBuilder<LoaDbContext>();
        DatabaseRegistration.Configure(builder, options, dataDirectory);
        await using var db = new LoaDbContext(builder.Options, new FixedTenantScope(TenantScope.System));
        var plans = await db.Plans.AsNoTracking()
            .Where(p => p.Year == year && p.CommuneId != null && p.UnitId == null && p.Status == PlanStatus.Issued)
            .Join(db.Communes, p => p.CommuneId, c => c.Id, (p, c) => new { c.Code, p.Id })
            .OrderBy(x => x.Code)
            .ToListAsync();
        var names = (await db.Users.AsNoTracking().Where(u => u.IsDemo && !u.IsDisabled).Select(u => new { u.UserName, u.Role }).ToListAsync())
            .ToDictionary(u => u.UserName!, u => u.Role);
        var communes = await db.Communes.AsNoTracking().Where(c => c.InService).OrderBy(c => c.Code).Select(c => c.Code).ToListAsync();
        var chosen = plans.OrderBy(_ => random.Next()).ToList();
        var staff = new List<StaffAccount>();
        for (var i = 0; staff.Count < accounts && i < chosen.Count * Roles.Length; i++)
        {
            var plan = chosen[i % chosen.Count];
            var (prefix, role) = Roles[i % Roles.Length];
            var userName = $"{prefix}.{plan.Code}";
            if (names.ContainsKey(userName))
            {
                staff.Add(new StaffAccount(userName, role, plan.Code, plan.Id));
            }
        }

        staff.AddRange(names.Where(n => n.Value == UserRole.ProvinceOfficer && n.Key.StartsWith("tinh.", StringComparison.Ordinal))
            .OrderBy(n => n.Key, StringComparer.Ordinal)
            .Select(n => new StaffAccount(n.Key, n.Value, null, null)));
        return new ProfileTargets(staff, communes);
    }
}
