using Loa.Dashboards;
using Loa.Data;
using Loa.Domain;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Province;

/// <summary>The signed-in province officer's province and its overview for a year (this year unless asked).</summary>
public static class ProvinceScope
{
    public static async Task<ProvinceOverview?> OverviewAsync(LoaDbContext db, TimeProvider time, int? year, CancellationToken cancellationToken)
    {
        var province = await db.Provinces.AsNoTracking().FirstOrDefaultAsync(p => p.Id == db.Scope.ProvinceId, cancellationToken);
        if (province is null)
        {
            return null;
        }

        var today = VietnamTime.Today(time);
        var chosen = year is { } y && y >= 2020 && y <= today.Year + 1 ? y : today.Year;
        return await ProvinceDashboard.BuildAsync(db, province, chosen, today, cancellationToken);
    }
}
