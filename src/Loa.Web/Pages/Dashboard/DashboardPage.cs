using Loa.Dashboards;
using Loa.Data;
using Loa.Plans;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Dashboard;

/// <summary>
/// What a commune's dashboard shows that is the same for everyone allowed to see it: the commune and its province, its
/// issued plans, its plans of the year not issued yet, and the overview of the plan asked for (or the latest issued).
/// Built once per change of the commune's data and kept (<see cref="Infrastructure.Reads.CommuneReads"/>, decision
/// record 42) until the next midnight in Vietnam. Who may see it is checked on every request, by the page.
/// </summary>
public sealed record DashboardPage(
    string CommuneName,
    int ProvinceId,
    string ProvinceName,
    IReadOnlyList<(int Id, int Year)> IssuedPlans,
    IReadOnlyList<Plan> Unissued,
    CommuneOverview? Overview,
    bool AskedPlanMissing)
{
    /// <summary>The commune's dashboard as of <paramref name="today"/>; null when there is no such commune.</summary>
    public static async Task<DashboardPage?> LoadAsync(LoaDbContext db, int communeId, int? plan, DateOnly today, CancellationToken cancellationToken)
    {
        var found = await db.Communes.AsNoTracking().Where(c => c.Id == communeId)
            .Select(c => new { c.Name, c.ProvinceId, Province = c.Province!.Name }).FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var communePlans = db.Plans.AsNoTracking().Where(p => p.CommuneId == communeId && p.UnitId == null);
        var issued = (await communePlans.Where(p => p.Status == PlanStatus.Issued).Select(p => new { p.Id, p.Year }).ToListAsync(cancellationToken))
            .OrderByDescending(p => p.Year).Select(p => (p.Id, p.Year)).ToList();
        var chosen = plan is { } id ? issued.FirstOrDefault(p => p.Id == id) : issued.FirstOrDefault(p => p.Year <= today.Year);
        var page = new DashboardPage(found.Name, found.ProvinceId, found.Province, issued, [], null, plan is not null && chosen == default);
        if (page.AskedPlanMissing)
        {
            return page;
        }

        if (chosen == default)
        {
            var unissued = await communePlans.Where(p => p.Year == today.Year).OrderByDescending(p => p.UpdatedAt).ToListAsync(cancellationToken);
            return page with { Unissued = unissued };
        }

        var loaded = await db.Plans.AsNoTrackingWithIdentityResolution().WithTasks().FirstAsync(p => p.Id == chosen.Id, cancellationToken);
        var province = await db.Provinces.AsNoTracking().FirstAsync(p => p.Id == loaded.ProvinceId, cancellationToken);
        return page with { Overview = await CommuneDashboard.BuildAsync(db, loaded, province, today, cancellationToken) };
    }
}
