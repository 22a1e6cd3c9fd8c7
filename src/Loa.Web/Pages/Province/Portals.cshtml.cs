using System.Globalization;
using Loa.Audit;
using Loa.Data;
using Loa.Domain;
using Loa.Domain.Accounts;
using Loa.Portal;
using Loa.Text;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Portal;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Province;

/// <summary>
/// Which communes of a province use Loa (decision record 22): only those the province officer (or the system administrator)
/// has put in service speak to their people through their portal — feedback, surveys, contests. Each commune with its active
/// coordinator accounts and one button to turn it on or off; turning on a commune without a coordinator is refused.
/// The system administrator first chooses the province.
/// </summary>
[Authorize(Policy = Policies.PortalServiceManager)]
public sealed class PortalsModel(LoaDbContext db, TimeProvider time, IOutputCacheStore cache) : PageModel
{
    /// <summary>The province the system administrator chose; a province officer always sees their own.</summary>
    [BindProperty(SupportsGet = true, Name = "province")]
    public int? ProvinceChoice { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>"on": in service only; "off": not in service only.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    public Domain.Geography.Province? Province { get; private set; }

    public IReadOnlyList<ProvinceRow> Provinces { get; private set; } = [];

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int InService { get; private set; }

    public string? Problem { get; private set; }

    public bool IsAdmin => User.Role() == UserRole.SystemAdmin;

    public async Task<IActionResult> OnGetAsync()
    {
        var provinceId = User.Role() == UserRole.ProvinceOfficer ? User.ProvinceId() : ProvinceChoice;
        if (provinceId is null)
        {
            if (!IsAdmin)
            {
                return await this.DenyAsync("cổng thông tin các xã: tài khoản không gắn với tỉnh nào");
            }

            await LoadProvincesAsync();
            return Page();
        }

        return await ShowAsync(provinceId.Value);
    }

    public Task<IActionResult> OnPostOnAsync(int commune) => SwitchAsync(commune, turnOn: true);

    public Task<IActionResult> OnPostOffAsync(int commune) => SwitchAsync(commune, turnOn: false);

    /// <summary>The address of this page with its filters, for the forms and the way back.</summary>
    public string Here(int? provinceId = null)
    {
        var query = new List<string>();
        if (IsAdmin && (provinceId ?? Province?.Id) is { } p)
        {
            query.Add("province=" + p.ToString(CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            query.Add("q=" + Uri.EscapeDataString(Q.Trim()));
        }

        if (Show is "on" or "off")
        {
            query.Add("show=" + Show);
        }

        return "/province/portals" + (query.Count == 0 ? "" : "?" + string.Join('&', query));
    }

    /// <summary>The address of one of the page's buttons, keeping the filters.</summary>
    public string Handler(string name)
    {
        var here = Here();
        return here + (here.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=" + name;
    }

    private async Task<IActionResult> SwitchAsync(int communeId, bool turnOn)
    {
        var commune = await db.Communes.FirstOrDefaultAsync(c => c.Id == communeId);
        if (commune is null || !PortalServiceAccess.MayChange(User.Role(), User.ProvinceId(), commune.ProvinceId))
        {
            // Another province's commune looks exactly like a missing one (decision record 4); the attempt is logged.
            return await this.NotFoundAuditedAsync<Domain.Geography.Commune>(db, communeId);
        }

        var coordinators = await db.Users.CountAsync(u => u.CommuneId == commune.Id && u.Role == UserRole.Coordinator && !u.IsDisabled);
        if (PortalServiceWorkflow.Problem(commune, turnOn, coordinators) is { } problem)
        {
            Problem = problem;
            return await ShowAsync(commune.ProvinceId);
        }

        var scope = db.Scope;
        var now = time.GetUtcNow().UtcDateTime;
        PortalServiceWorkflow.Apply(commune, turnOn, scope.UserName ?? User.Identity?.Name ?? "", now);
        db.AuditEntries.Add(new AuditEntry
        {
            At = now,
            UserId = scope.UserId,
            UserName = scope.UserName,
            ProvinceId = commune.ProvinceId,
            CommuneId = commune.Id,
            IpAddress = scope.IpAddress,
            Action = turnOn ? "portal-service-on" : "portal-service-off",
            EntityType = nameof(Domain.Geography.Commune),
            EntityId = commune.Id.ToString(CultureInfo.InvariantCulture),
            Succeeded = true,
            Detail = turnOn ? $"{commune.Name}: bật sử dụng Loa ({coordinators} cán bộ đầu mối)" : $"{commune.Name}: tắt sử dụng Loa",
        });
        await db.SaveChangesAsync();

        // The commune's portal and the national search say something else now.
        await cache.EvictByTagAsync("portal", HttpContext.RequestAborted);
        TempData["Flash"] = turnOn
            ? $"Đã bật {commune.Name}: cổng thông tin của xã nhận phản ánh, kiến nghị, khảo sát và cuộc thi của người dân."
            : $"Đã tắt {commune.Name}: cổng thông tin của xã không nhận phản ánh, khảo sát, cuộc thi nữa; những gì đã công khai vẫn xem được.";
        return Redirect(Here(commune.ProvinceId) + "#xa-" + commune.Code);
    }

    private async Task<IActionResult> ShowAsync(int provinceId)
    {
        Province = await db.Provinces.AsNoTracking().FirstOrDefaultAsync(p => p.Id == provinceId);
        if (Province is null)
        {
            return NotFound();
        }

        var communes = await db.Communes.AsNoTracking().Where(c => c.ProvinceId == provinceId)
            .Select(c => new { c.Id, c.Code, c.Name, c.Locality, c.InService, c.ServiceChangedAt, c.ServiceChangedBy })
            .ToListAsync();
        var coordinators = (await db.Users.AsNoTracking()
            .Where(u => u.ProvinceId == provinceId && u.CommuneId != null && u.Role == UserRole.Coordinator && !u.IsDisabled)
            .GroupBy(u => u.CommuneId!.Value)
            .Select(g => new { Commune = g.Key, Count = g.Count() })
            .ToListAsync()).ToDictionary(x => x.Commune, x => x.Count);
        Total = communes.Count;
        InService = communes.Count(c => c.InService);
        var words = VietnameseText.FoldWords(Q).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Rows = communes
            .Where(c => words.All(w => VietnameseText.FoldWords($"{c.Name} {c.Code}").Contains(w, StringComparison.Ordinal)))
            .Where(c => Show switch { "on" => c.InService, "off" => !c.InService, _ => true })
            .OrderByDescending(c => c.InService)
            .ThenBy(c => VietnameseText.Fold(c.Locality), StringComparer.Ordinal)
            .Select(c => new Row(
                c.Id,
                c.Code,
                c.Name,
                c.InService,
                coordinators.GetValueOrDefault(c.Id),
                c.ServiceChangedAt is { } at ? VietnamTime.Local(at) : null,
                c.ServiceChangedBy))
            .ToList();
        return Page();
    }

    private async Task LoadProvincesAsync()
    {
        var counts = await db.Communes.AsNoTracking().GroupBy(c => c.ProvinceId)
            .Select(g => new { Province = g.Key, Total = g.Count(), On = g.Count(c => c.InService) })
            .ToListAsync();
        var names = await db.Provinces.AsNoTracking().Select(p => new { p.Id, p.Name, p.Locality }).ToListAsync();
        Provinces = names
            .OrderBy(p => VietnameseText.Fold(p.Locality), StringComparer.Ordinal)
            .Select(p => counts.FirstOrDefault(c => c.Province == p.Id) is { } c
                ? new ProvinceRow(p.Id, p.Name, c.Total, c.On)
                : new ProvinceRow(p.Id, p.Name, 0, 0))
            .ToList();
    }

    public sealed record Row(int Id, string Code, string Name, bool InService, int Coordinators, DateTime? ChangedAt, string? ChangedBy);

    public sealed record ProvinceRow(int Id, string Name, int Communes, int InService);
}
