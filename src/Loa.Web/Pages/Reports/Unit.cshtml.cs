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

    public bool MayWrite => ReportWorkflow.May(UnitReportStep.Save, db.Scope.Role, db.Scope.UnitId, Unit.Id, Report);

    public bool MayReturn => ReportWorkflow.May(UnitReportStep.Return, db.Scope.Role, db.Scope.UnitId, Unit.Id, Report);

    public async Task<IActionResult> OnGetAsync(int plan, string period, int unit)
    {
        if (await LoadAsync(plan, period, unit) is { } missing)
        {
            return missing;
        }

        Input = new NarrativeInput
        {
            Version = Report?.Version ?? 0,
            Results = Report?.Results,
            Shortcomings = Report?.Shortcomings,
            Causes = Report?.Causes,
            Proposals = Report?.Proposals,
        };
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

        var report = await db.UnitReports.FirstAsync(r => r.Id == Report!.Id);
        if (ReportWorkflow.Return(report, Input.ReturnComment, time.GetUtcNow().UtcDateTime) is { } refusal)
        {
            db.ChangeTracker.Clear();
            ModelState.AddModelError("Input.ReturnComment", refusal);
            return Page();
        }

        await Notifier.NotifyAsync(db, await Recipients.UnitOfficersAsync(db, Unit.Id), $"Báo cáo {context.Period.Name} bị trả lại", report.ReturnComment!,
            $"/reports/unit?{context.Query}&unit={unit}", $"unit-report:{report.Id}:return:{report.UpdatedAt.Ticks}", report.UpdatedAt, save: false);
        await db.SaveChangesAsync();
        await audit.WriteAsync(
            UnitReportStep.Return.Action(), succeeded: true, nameof(UnitReport), report.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
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

        if (ReportWorkflow.WriteRefusal(Report) is { } refusal)
        {
            ModelState.AddModelError(string.Empty, refusal);
        }

        var narrative = ReportText.Of(Input.Results, Input.Shortcomings, Input.Causes, Input.Proposals);
        if (submit && ReportWorkflow.SubmitRefusal(narrative) is { } missingResults)
        {
            ModelState.AddModelError("Input.Results", missingResults);
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

        ReportWorkflow.Save(report, narrative, now);
        if (submit)
        {
            var document = await ReportAssembly.ForUnitAsync(db, context.Plan, context.Province, Unit, report);
            ReportWorkflow.Submit(report, ReportAssembly.Write(document), db.Scope.UserId, now);
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
            await audit.WriteAsync(
                UnitReportStep.Submit.Action(), succeeded: true, nameof(UnitReport), report.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        TempData["Flash"] = submit ? $"Đã gửi báo cáo {context.Period.Name} của {Unit.Name}." : "Đã lưu bản nháp.";
        return Redirect($"/reports/unit?{context.Query}&unit={unit}");
    }

    /// <summary>
    /// Null once the plan, period and unit are loaded; otherwise the "not found" to answer, logged when it names someone
    /// else's plan or unit.
    /// </summary>
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
}
