using System.Globalization;
using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Text;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Admin.Users;

/// <summary>
/// The accounts a manager manages (decision record 30), searchable by name, user name, address or phone (without marks),
/// filtered by province, commune, role and state, 50 to a page. The administrator sees all, a province officer the leaders
/// and coordinators of the province's communes, a coordinator the unit officers of the commune.
/// </summary>
[Authorize(Policy = Policies.AccountManager)]
public sealed class IndexModel(LoaDbContext db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Province { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Commune { get; set; }

    [BindProperty(SupportsGet = true)]
    public UserRole? Role { get; set; }

    /// <summary>"on": active accounts only; "off": locked ones only.</summary>
    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public PlaceLists Lists { get; private set; } = null!;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task OnGetAsync()
    {
        var manager = User.Manager();
        Province = AdminAccess.ProvinceOf(manager) ?? Province;
        Commune = AdminAccess.CommuneOf(manager) ?? Commune;
        Lists = await PlaceLists.LoadAsync(db, manager, Province, Commune);
        var roles = AdminAccess.AssignableRoles(manager).ToArray();
        if (Role is { } r && !roles.Contains(r))
        {
            Role = null;
        }

        var query = db.Users.AsNoTracking().Where(u => roles.Contains(u.Role) && u.Id != manager.UserId);
        query = Province is { } p ? query.Where(u => u.ProvinceId == p) : query;
        query = Commune is { } c ? query.Where(u => u.CommuneId == c) : query;
        query = manager.Role == UserRole.SystemAdmin ? query : query.Where(u => u.CommuneId != null);
        query = Role is { } role ? query.Where(u => u.Role == role) : query;
        query = State switch { "on" => query.Where(u => !u.IsDisabled), "off" => query.Where(u => u.IsDisabled), _ => query };
        var found = (await query
            .Select(u => new Row(
                u.Id, u.UserName!, u.FullName, u.Email, u.PhoneNumber, u.Role, u.ProvinceId, u.CommuneId, u.UnitId, u.IsDisabled, u.DisabledReason, "", null))
            .ToListAsync())
            .Where(a => AdminAccess.MayManage(manager, new AccountHolder(a.Id, a.Role, a.ProvinceId, a.CommuneId)))
            .Where(a => AccountSearch.Matches(Q, a.FullName, a.UserName, a.Email, a.Phone))
            .OrderBy(a => a.FullName, VietnameseOrder.Instance)
            .ThenBy(a => a.UserName, StringComparer.Ordinal)
            .ToList();
        Total = found.Count;
        PageNumber = Math.Clamp(PageNumber, 1, Pages);
        var page = found.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
        var communeIds = page.Where(a => a.CommuneId != null).Select(a => a.CommuneId!.Value).Distinct().ToList();
        var provinceIds = page.Where(a => a.ProvinceId != null).Select(a => a.ProvinceId!.Value).Distinct().ToList();
        var unitIds = page.Where(a => a.UnitId != null).Select(a => a.UnitId!.Value).Distinct().ToList();
        var communes = await db.Communes.AsNoTracking().Where(x => communeIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name);
        var provinces = await db.Provinces.AsNoTracking().Where(x => provinceIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name);
        var units = await db.Units.AsNoTracking().IgnoreQueryFilters().Where(x => unitIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, x => x.Name);
        Rows = page.Select(a => a with
        {
            Place = a.CommuneId is { } ci ? communes.GetValueOrDefault(ci, "") + (a.ProvinceId is { } pi ? ", " + provinces.GetValueOrDefault(pi, "") : "")
                : a.ProvinceId is { } pj ? provinces.GetValueOrDefault(pj, "") : "Toàn hệ thống",
            Unit = a.UnitId is { } ui ? units.GetValueOrDefault(ui) : null,
        }).ToList();
    }

    /// <summary>The address of this list with its filters and another page number.</summary>
    public string Link(int page)
    {
        var query = new List<string>();
        void Add(string name, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                query.Add(name + "=" + Uri.EscapeDataString(value.Trim()));
            }
        }

        Add("q", Q);
        Add("province", Province?.ToString(CultureInfo.InvariantCulture));
        Add("commune", Commune?.ToString(CultureInfo.InvariantCulture));
        Add("role", Role?.ToString());
        Add("state", State);
        Add("p", page == 1 ? null : page.ToString(CultureInfo.InvariantCulture));
        return "/admin/users" + (query.Count == 0 ? "" : "?" + string.Join('&', query));
    }

    public sealed record Row(
        string Id,
        string UserName,
        string FullName,
        string? Email,
        string? Phone,
        UserRole Role,
        int? ProvinceId,
        int? CommuneId,
        int? UnitId,
        bool Disabled,
        DisabledReason? Reason,
        string Place,
        string? Unit);
}
