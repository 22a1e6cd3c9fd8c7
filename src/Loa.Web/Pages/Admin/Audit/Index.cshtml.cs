using Loa.Audit;
using Loa.Data;
using Loa.Domain.Audit;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Loa.Web.Pages.Admin.Audit;

/// <summary>
/// The audit log, newest first, a page at a time, filtered; the system administrator reads all of it, a province
/// officer their province's entries. Every reading is itself written to the log ("audit-read", with its filters).
/// </summary>
[Authorize(Policy = Policies.AuditReader)]
public sealed class IndexModel(LoaDbContext db, AuditLog audit, TimeProvider time, IOptions<AuditOptions> options) : PageModel
{
    public AuditFilter Filter { get; private set; } = new();

    public AuditCriteria Criteria { get; private set; } = new();

    public string? Problem { get; private set; }

    public AuditPage Entries { get; private set; } = new([], null, null);

    public AuditPlaces? Places { get; private set; }

    /// <summary>The matching entries, counted up to <see cref="Cap"/> + 1.</summary>
    public int Count { get; private set; }

    public int Cap => options.Value.ExportMaxRows;

    /// <summary>The province of a province officer; null for the system administrator, who reads everything.</summary>
    public string? ProvinceName { get; private set; }

    public DateTime Now { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromQuery] AuditFilter filter, string? before, string? after)
    {
        Filter = filter;
        Now = time.GetUtcNow().UtcDateTime;
        var reach = AuditAccess.For(User.Role(), User.ProvinceId());
        if (!reach.Any)
        {
            return await this.DenyAsync("nhật ký hệ thống: tài khoản không gắn với tỉnh nào");
        }

        if (reach.ProvinceId is { } province)
        {
            ProvinceName = await db.Provinces.Where(p => p.Id == province).Select(p => p.Name).FirstOrDefaultAsync();
            filter.Province = null;
        }

        if (!filter.TryRead(out var criteria, out var problem))
        {
            Problem = problem;
            return Page();
        }

        Criteria = criteria;
        var cancel = HttpContext.RequestAborted;
        var entries = await AuditQuery.FilterAsync(db, reach, criteria, cancel);
        Count = await AuditQuery.CountAsync(entries, Cap, cancel);
        Entries = await AuditQuery.PageAsync(entries, AuditCursor.Parse(before), AuditCursor.Parse(after), Math.Clamp(options.Value.PageSize, 1, 500), cancel);
        Places = await AuditPlaces.LoadAsync(db, cancel);
        await audit.WriteAsync(AuditActions.Read, succeeded: true, detail: $"{criteria.Describe()}; {Count.ToString(System.Globalization.CultureInfo.InvariantCulture)}"
            + $"{(Count > Cap ? "+" : "")} dòng, trang có {Entries.Rows.Count} dòng");
        return Page();
    }

    /// <summary>Where an entry happened, as the page shows it: the commune, else the province, else the whole system.</summary>
    public string Place(AuditEntry entry) =>
        Places?.Commune(entry.CommuneId)?.Name ?? Places?.Province(entry.ProvinceId)?.Name ?? "Toàn hệ thống";
}
