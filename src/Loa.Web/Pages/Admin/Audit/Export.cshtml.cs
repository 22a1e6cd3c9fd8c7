using System.Globalization;
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
/// The entries the page lists, as .csv (streamed as it is read) or .xlsx, at most <see cref="AuditOptions.ExportMaxRows"/>
/// rows (and <see cref="AuditExport.XlsxMaxRows"/> in .xlsx); a bad filter or a window holding more rows shows a
/// Vietnamese message instead. Each download is itself written to the log ("audit-export", with its filters and rows).
/// </summary>
[Authorize(Policy = Policies.AuditReader)]
public sealed class ExportModel(LoaDbContext db, AuditLog audit, TimeProvider time, IOptions<AuditOptions> options) : PageModel
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public string? Problem { get; private set; }

    public AuditFilter Filter { get; private set; } = new();

    public async Task<IActionResult> OnGetAsync([FromQuery] AuditFilter filter, string? format)
    {
        Filter = filter;
        var reach = AuditAccess.For(User.Role(), User.ProvinceId());
        if (!reach.Any)
        {
            return await this.DenyAsync("nhật ký hệ thống: tài khoản không gắn với tỉnh nào");
        }

        if (format is not ("csv" or "xlsx"))
        {
            return Refuse("Chỉ tải được tệp .csv hoặc .xlsx.");
        }

        if (!filter.TryRead(time, out var criteria, out var problem))
        {
            return Refuse(problem!);
        }

        var cancel = HttpContext.RequestAborted;
        var entries = AuditQuery.Entries(db, reach, criteria);
        var count = await entries.CountAsync(cancel);
        if (AuditExport.TooMany(count, AuditExport.MaxRows(format, options.Value.ExportMaxRows)) is { } tooMany)
        {
            return Refuse(tooMany);
        }

        await audit.WriteAsync(AuditActions.Export, succeeded: true,
            detail: $"{format}, {count.ToString(CultureInfo.InvariantCulture)} dòng: {criteria.Describe()}");
        var places = await AuditPlaces.LoadAsync(db, cancel);
        var name = AuditExport.FileName(criteria.Window, format);
        Response.Headers.CacheControl = "private, no-store";
        if (format == "xlsx")
        {
            return File(await AuditExport.CreateXlsxAsync(entries, places, cancel), XlsxType, name);
        }

        Response.ContentType = "text/csv; charset=utf-8";
        var disposition = new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(name);
        Response.Headers.ContentDisposition = disposition.ToString();
        await AuditExport.WriteCsvAsync(entries, places, Response.Body, cancel);
        return new EmptyResult();
    }

    private PageResult Refuse(string problem)
    {
        Problem = problem;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
