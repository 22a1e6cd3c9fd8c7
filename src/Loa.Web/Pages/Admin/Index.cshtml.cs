using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Admin;

/// <summary>The system administrator's overview: provinces, communes, and the accounts with their places and roles.</summary>
[Authorize(Policy = Policies.Admin)]
public sealed class IndexModel(LoaDbContext db) : PageModel
{
    public int Provinces { get; private set; }

    public int Communes { get; private set; }

    public IReadOnlyList<Row> Accounts { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Provinces = await db.Provinces.CountAsync();
        Communes = await db.Communes.CountAsync();
        Accounts = await db.Users.AsNoTracking()
            .OrderBy(u => u.ProvinceId).ThenBy(u => u.CommuneId).ThenBy(u => u.Role)
            .Take(500)
            .Select(u => new Row(
                u.Id,
                u.UserName!,
                u.FullName,
                u.Role,
                u.CommuneId != null ? db.Communes.Where(c => c.Id == u.CommuneId).Select(c => c.Name).First()
                    : u.ProvinceId != null ? db.Provinces.Where(p => p.Id == u.ProvinceId).Select(p => p.Name).First() : "Toàn hệ thống",
                u.IsDisabled,
                u.DisabledReason))
            .ToListAsync();
    }

    public sealed record Row(string Id, string UserName, string FullName, UserRole Role, string Place, bool Disabled, DisabledReason? Reason);
}
