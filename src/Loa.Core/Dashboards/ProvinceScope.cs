using Loa.Data;
using Loa.Domain;
using Microsoft.EntityFrameworkCore;

namespace Loa.Dashboards;

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
        return await ProvinceDashboard.BuildAsync(db, province, Year(year, today), today, cancellationToken);
    }

    /// <summary>The year asked for, from 2020 to next year; any other (or none) is this year.</summary>
    public static int Year(int? asked, DateOnly today) => asked is { } y && y >= 2020 && y <= today.Year + 1 ? y : today.Year;
}
