using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Notifications;
using Loa.Reports;
using Loa.Units;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Loa.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Reports;

/// <summary>
/// A unit's report for a period: its figures pre-filled from what it recorded, its narrative, submitted by the
/// unit (figures frozen), returned with a comment by the coordinator when something is missing.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class UnitModel(LoaDbContext db, TimeProvider time, AuditLog audit) : PageModel
{
    private readonly ReportContext context = new(db, time);

    [BindProperty]
    public NarrativeInput Input { get; set; } = new();

    public ReportContext Context => context;

    public Unit Unit { get; private set; } = null!;

    public UnitReport? Report { get; private set; }

    public ReportDocument Document { get; private set; } = null!;

    public bool MayWrite => db.Scope.Role == UserRole.Coordinator || (db.Scope.Role == UserRole.UnitOfficer && db.Scope.UnitId == Unit.Id);

    public bool MayReturn => db.Scope.Role == UserRole.Coordinator && Report?.Status == UnitReportStatus.Submitted;

    public async Task<IActionResult> OnGetAsync(int plan, string period, int unit)
    {
        if (await LoadAsync(plan, period, unit) is { } missing)
        {
            return missing;
        }

        Input = new NarrativeInput { Version = Report?.Version ?? 0, Results = Report?.Results, Shortcomings = Report?.Shortcomings, Causes = Report?.Causes, Proposals = Report?.Proposals };
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(int plan, string period, int unit) => WriteAsync(plan, period, unit, submit: false);

    public Task<IActionResult> OnPostSubmitAsync(int plan, string period, int unit) => WriteAsync(plan, period, unit, submit: true);

    public async Task<IActionResult> OnPostReturnAsync(int plan, string period, int unit)
    {
        if (await LoadAsync(plan, period, unit) is { } missing)
        {
            return missing;
        }

        if (!MayReturn)
        {
            return await this.DenyAsync("return unit report");
        }

        if (string.IsNullOrWhiteSpace(Input.ReturnComment))
        {
            ModelState.AddModelError("Input.ReturnComment", "Hãy ghi lý do trả lại để đơn vị biết cần bổ sung gì.");
            return Page();
        }

        var report = await db.UnitReports.FirstAsync(r => r.Id == Report!.Id);
        report.Status = UnitReportStatus.Returned;
        report.ReturnComment = Input.ReturnComment.Trim();
        report.Snapshot = null;
        report.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await Notifier.NotifyAsync(db, await Recipients.UnitOfficersAsync(db, Unit.Id), $"Báo cáo {context.Period.Name} bị trả lại", report.ReturnComment,
            $"/reports/unit?{context.Query}&unit={unit}", $"unit-report:{report.Id}:return:{report.UpdatedAt.Ticks}", report.UpdatedAt, save: false);
        await db.SaveChangesAsync();
        await audit.WriteAsync("return", succeeded: true, nameof(UnitReport), report.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        TempData["Flash"] = $"Đã trả lại báo cáo của {Unit.Name}.";
        return Redirect($"/reports/unit?{context.Query}&unit={unit}");
    }

    private async Task<IActionResult> WriteAsync(int plan, string period, int unit, bool submit)
    {
        if (await LoadAsync(plan, period, unit) is { } missing)
        {
            return missing;
        }

        if (!MayWrite)
        {
            return await this.DenyAsync("write unit report");
        }

        if (!context.IsOpen)
        {
            ModelState.AddModelError(string.Empty, $"Kỳ báo cáo {context.Period.Name} mở từ ngày {Loa.Text.DocumentDate.Numeric(context.Period.Opens)}.");
        }

        if (Report?.Status == UnitReportStatus.Submitted)
        {
            ModelState.AddModelError(string.Empty, "Báo cáo đã gửi. Cán bộ đầu mối có thể trả lại nếu cần sửa.");
        }

        if (submit && string.IsNullOrWhiteSpace(Input.Results))
        {
            ModelState.AddModelError("Input.Results", "Hãy viết phần kết quả đạt được trước khi gửi.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = time.GetUtcNow().UtcDateTime;
        var report = Report is null ? null : await db.UnitReports.FirstAsync(r => r.Id == Report.Id);
        if (report is null)
        {
            report = new UnitReport
            {
                ProvinceId = context.Plan.ProvinceId,
                CommuneId = context.Plan.CommuneId,
                PlanId = context.Plan.Id,
                UnitId = Unit.Id,
                Year = context.Plan.Year,
                Period = context.Period.Kind,
                CreatedAt = now,
            };
            db.UnitReports.Add(report);
        }
        else
        {
            db.Entry(report).Property(r => r.Version).OriginalValue = Input.Version;
        }

        (report.Results, report.Shortcomings, report.Causes, report.Proposals) = (Clean(Input.Results), Clean(Input.Shortcomings), Clean(Input.Causes), Clean(Input.Proposals));
        report.UpdatedAt = now;
        if (submit)
        {
            report.Status = UnitReportStatus.Draft;
            var document = await ReportAssembly.ForUnitAsync(db, context.Plan, context.Province, Unit, report);
            report.Status = UnitReportStatus.Submitted;
            report.Snapshot = ReportAssembly.Write(document);
            report.SubmittedAt = now;
            report.SubmittedById = db.Scope.UserId;
            report.ReturnComment = null;
        }
        else if (report.Status == UnitReportStatus.Returned)
        {
            report.Status = UnitReportStatus.Draft;
        }

        if (submit)
        {
            await Notifier.NotifyAsync(db, await Recipients.CommuneStaffAsync(db, Unit.CommuneId!.Value, [UserRole.Coordinator]), $"{Unit.Name} đã gửi báo cáo {context.Period.Name}",
                "Số liệu và nội dung của đơn vị đã sẵn sàng để tổng hợp.", $"/reports/unit?{context.Query}&unit={unit}", $"unit-report:{context.Plan.Id}:{context.Period.Code}:{unit}:submit:{now.Ticks}", now, save: false);
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, Conflicts.Message("Báo cáo này"));
            return Page();
        }

        if (submit)
        {
            await audit.WriteAsync("submit", succeeded: true, nameof(UnitReport), report.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        TempData["Flash"] = submit ? $"Đã gửi báo cáo {context.Period.Name} của {Unit.Name}." : "Đã lưu bản nháp.";
        return Redirect($"/reports/unit?{context.Query}&unit={unit}");
    }

    /// <summary>Null once the plan, period and unit are loaded; otherwise the "not found" to answer, logged when it names someone else's plan or unit.</summary>
    private async Task<IActionResult?> LoadAsync(int plan, string period, int unit)
    {
        if (!await context.LoadAsync(plan, period))
        {
            return await this.NotFoundAuditedAsync<Loa.Plans.Plan>(db, plan);
        }

        var found = await context.UnitAsync(unit);
        if (found is null)
        {
            return await this.NotFoundAuditedAsync<Unit>(db, unit);
        }

        Unit = found;
        Report = await context.UnitReportAsync(unit);
        Document = await context.UnitDocumentAsync(Unit, Report);
        return null;
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
