using System.Globalization;
using Loa.Audit;
using Loa.Data;
using Loa.Domain.Audit;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace Loa.Web.Pages.Admin.Audit;

/// <summary>
/// The audit log the page lists, as .csv (streamed to the browser as it is read) or .xlsx (written row by row to a
/// temporary file, then sent), at most <see cref="AuditOptions.ExportMaxRows"/> rows; each download is itself logged
/// ("audit-export", with its filters and how many rows it held).
/// </summary>
[Authorize(Policy = Policies.AuditReader)]
public sealed class ExportModel(LoaDbContext db, AuditLog audit, IOptions<AuditOptions> options) : PageModel
{
    private const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public async Task<IActionResult> OnGetAsync([FromQuery] AuditFilter filter, string? format)
    {
        var reach = AuditAccess.For(User.Role(), User.ProvinceId());
        if (!reach.Any)
        {
            return await this.DenyAsync("nhật ký hệ thống: tài khoản không gắn với tỉnh nào");
        }

        if (reach.ProvinceId is not null)
        {
            filter.Province = null;
        }

        if (format is not ("csv" or "xlsx") || !filter.TryRead(out var criteria, out _))
        {
            // The page says what is wrong with the filters; an unknown format shows the page's own buttons.
            return Redirect("/admin/audit?" + filter.Query());
        }

        var cancel = HttpContext.RequestAborted;
        var maxRows = Math.Clamp(options.Value.ExportMaxRows, 1, AuditExport.LargestMaxRows);
        var entries = await AuditQuery.FilterAsync(db, reach, criteria, cancel);
        var count = await AuditQuery.CountAsync(entries, maxRows, cancel);
        var places = await AuditPlaces.LoadAsync(db, cancel);
        var rows = Math.Min(count, maxRows).ToString(CultureInfo.InvariantCulture);
        await audit.WriteAsync(AuditActions.Export, succeeded: true,
            detail: $"{format}: {criteria.Describe()}; {rows} dòng{(count > maxRows ? $" (giới hạn {maxRows} dòng, còn dòng cũ hơn không có trong tệp)" : "")}");

        Response.Headers.CacheControl = "private, no-store";
        var name = AuditExport.FileName(criteria.Window, format);
        if (format == "csv")
        {
            Response.ContentType = "text/csv; charset=utf-8";
            var disposition = new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("attachment");
            disposition.SetHttpFileName(name);
            Response.Headers.ContentDisposition = disposition.ToString();
            await AuditExport.WriteCsvAsync(entries, places, Response.Body, maxRows, cancel);
            return new EmptyResult();
        }

        var file = new FileStream(Path.Combine(Path.GetTempPath(), $"loa-audit-{Guid.NewGuid():N}.xlsx"), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        try
        {
            AuditExport.WriteXlsx(entries, places, file, maxRows);
            file.Position = 0;
            return File(file, XlsxType, name);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }
}
