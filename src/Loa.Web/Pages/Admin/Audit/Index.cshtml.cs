using Loa.Audit;
using Loa.Data;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Loa.Web.Pages.Admin.Audit;

/// <summary>
/// The audit log of a window of days, newest first, a page at a time, filtered; the system administrator reads all of it,
/// a province officer their province's entries (<see cref="AuditAccess"/>). Bad filters show a message and no rows.
/// </summary>
[Authorize(Policy = Policies.AuditReader)]
public sealed class IndexModel(LoaDbContext db, TimeProvider time, IOptions<AuditOptions> options) : PageModel
{
    public AuditFilter Filter { get; private set; } = new();

    public AuditCriteria? Criteria { get; private set; }

    public string? Problem { get; private set; }

    public AuditPage Entries { get; private set; } = new([], 0, 1, 1);

    public AuditPlaces? Places { get; private set; }

    public int ExportMaxRows => options.Value.ExportMaxRows;

    /// <summary>The province of a province officer; null for the system administrator, who reads everything.</summary>
    public string? ProvinceName { get; private set; }

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery] AuditFilter filter, [FromQuery(Name = "page")] string? pageNumber)
    {
        Filter = filter;
        Today = Domain.VietnamTime.Today(time);
        var reach = AuditAccess.For(User.Role(), User.ProvinceId());
        if (!reach.Any)
        {
            return await this.DenyAsync("nhật ký hệ thống: tài khoản không gắn với tỉnh nào");
        }

        if (reach.ProvinceId is { } province)
        {
            ProvinceName = await db.Provinces.Where(p => p.Id == province).Select(p => p.Name).FirstOrDefaultAsync();
        }

        if (!filter.TryRead(time, out var criteria, out var problem))
        {
            Problem = problem;
            return Page();
        }

        Criteria = criteria;
        var cancel = HttpContext.RequestAborted;
        var number = int.TryParse(pageNumber, out var n) ? n : 1;
        Entries = await AuditQuery.PageAsync(AuditQuery.Entries(db, reach, criteria), number, Math.Clamp(options.Value.PageSize, 1, 500), cancel);
        Places = await AuditPlaces.LoadAsync(db, cancel);
        return Page();
    }

    /// <summary>Where an entry happened, as the page shows it: the commune, else the province, else the whole system.</summary>
    public string Place(AuditEntry entry) =>
        Places?.Commune(entry.CommuneId)?.Name ?? Places?.Province(entry.ProvinceId)?.Name ?? "Toàn hệ thống";
}
