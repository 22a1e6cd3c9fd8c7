using Loa.Data;
using Loa.Domain;
using Loa.Domain.Accounts;
using Loa.Domain.Geography;
using Loa.Plans;
using Loa.Portal;
using Loa.Text;
using Loa.Units;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Communes;

/// <summary>
/// One commune as its province sees it: in service or not (and the switch), its coordinators, its units with their officers,
/// its accounts by role and its plan of the year. Another province's commune answers 404 and the attempt is logged.
/// </summary>
[Authorize(Policy = Policies.PortalServiceManager)]
public sealed class DetailsModel(LoaDbContext db, TimeProvider time) : PageModel
{
    public Commune Commune { get; private set; } = null!;

    public string ProvinceName { get; private set; } = "";

    public IReadOnlyList<User> Coordinators { get; private set; } = [];

    public IReadOnlyList<(Unit Unit, int Accounts)> Units { get; private set; } = [];

    public IReadOnlyList<(UserRole Role, int Active, int Locked)> Accounts { get; private set; } = [];

    public (int Id, PlanStatus Status, string Title)? Plan { get; private set; }

    public int Year { get; private set; }

    public bool IsAdmin => User.Role() == UserRole.SystemAdmin;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var commune = await db.Communes.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id);
        if (commune is null || !PortalServiceAccess.MayManage(User.Role(), User.ProvinceId(), commune.ProvinceId))
        {
            return await this.NotFoundAuditedAsync<Commune>(db, id);
        }

        Commune = commune;
        Year = VietnamTime.Today(time).Year;
        ProvinceName = await db.Provinces.AsNoTracking().Where(p => p.Id == commune.ProvinceId).Select(p => p.Name).FirstAsync();
        var users = await db.Users.AsNoTracking().Where(u => u.CommuneId == id).ToListAsync();
        Coordinators = users.Where(u => u.Role == UserRole.Coordinator).OrderBy(u => u.IsDisabled).ThenBy(u => u.FullName, VietnameseOrder.Instance).ToList();
        Accounts = users.GroupBy(u => u.Role).OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Count(u => !u.IsDisabled), g.Count(u => u.IsDisabled))).ToList();
        var units = await db.Units.AsNoTracking().Where(u => u.CommuneId == id && !u.IsArchived).ToListAsync();
        Units = units.OrderByDescending(u => u.IsCoordinator).ThenBy(u => u.Name, VietnameseOrder.Instance)
            .Select(u => (u, users.Count(a => a.UnitId == u.Id && !a.IsDisabled))).ToList();
        var plan = await db.Plans.AsNoTracking()
            .Where(p => p.CommuneId == id && p.UnitId == null && p.Year == Year)
            .OrderByDescending(p => p.Status).Select(p => new { p.Id, p.Status, p.Title }).FirstOrDefaultAsync();
        Plan = plan is null ? null : (plan.Id, plan.Status, plan.Title);
        return Page();
    }
}
