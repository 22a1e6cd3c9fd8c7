using System.ComponentModel.DataAnnotations;
using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Notifications;
using Loa.Plans;
using Loa.Reports;
using Loa.Text;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Loa.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Reports;

/// <summary>
/// The commune's consolidated report of a period: figures computed from every unit's activities, the units'
/// reports beside them, the coordinator's narrative; the leader approves and numbers it (figures frozen), then it
/// is sent to the province.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class CommuneModel(
    LoaDbContext db,
    TimeProvider time,
    AuditLog audit,
    Loa.Web.Infrastructure.Signing.OfficialDocumentIssuer issuer,
    Infrastructure.Reads.CommuneReads reads) : PageModel
{
    private readonly ReportContext context = new(db, time);

    [BindProperty]
    public NarrativeInput Input { get; set; } = new();

    [BindProperty]
    public ApprovalInput Approval { get; set; } = new();

    public ReportContext Context => context;

    public CommuneReport? Report { get; private set; }

    /// <summary>The report's issued documents and what the province received of it through the exchange.</summary>
    public Exchange.ReportExchange Exchange { get; private set; } = Pages.Exchange.ReportExchange.None;

    public ReportDocument Document { get; private set; } = null!;

    /// <summary>The report's documents of record (its PDF awaiting the leader's signature, or signed).</summary>
    public IReadOnlyList<Loa.Documents.Records.OfficialDocument> OfficialDocuments { get; private set; } = [];

    /// <summary>Every unit that owes a part for the period, with its report if it has begun one (by name).</summary>
    public IReadOnlyList<UnitPart> UnitParts { get; private set; } = [];

    /// <summary>The parts the units have sent: what the consolidated report draws on.</summary>
    public IReadOnlyList<UnitPart> UnitReports => UnitParts.Where(u => u.Report?.Status == UnitReportStatus.Submitted).ToList();

    /// <summary>Whether the user may take the step on the report as it stands (a report not yet begun is a draft).</summary>
    public bool May(CommuneReportStep step) => ReportWorkflow.May(step, db.Scope.Role, Report ?? new CommuneReport());

    public async Task<IActionResult> OnGetAsync(int plan, string period)
    {
        if (!await LoadKeptAsync(plan, period))
        {
            return await this.NotFoundAuditedAsync<Plan>(db, plan);
        }

        Input = Report is null
            ? Suggested()
            : new NarrativeInput
            {
                Version = Report.Version,
                Results = Report.Results,
                Shortcomings = Report.Shortcomings,
                Causes = Report.Causes,
                Proposals = Report.Proposals,
            };
        Approval.Date = context.Today;
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(int plan, string period) => StepAsync(plan, period, CommuneReportStep.Save);

    public Task<IActionResult> OnPostSubmitAsync(int plan, string period) => StepAsync(plan, period, CommuneReportStep.Submit);

    public Task<IActionResult> OnPostReturnAsync(int plan, string period) => StepAsync(plan, period, CommuneReportStep.Return);

    public Task<IActionResult> OnPostApproveAsync(int plan, string period) => StepAsync(plan, period, CommuneReportStep.Approve);

    public Task<IActionResult> OnPostSendAsync(int plan, string period) => StepAsync(plan, period, CommuneReportStep.Send);

    private ReportText Narrative => ReportText.Of(Input.Results, Input.Shortcomings, Input.Causes, Input.Proposals);

    private string? Take(CommuneReportStep step, CommuneReport report, DateTime now) => step switch
    {
        CommuneReportStep.Save => ReportWorkflow.Save(report, Narrative),
        CommuneReportStep.Submit => ReportWorkflow.Submit(report, Narrative, now),
        CommuneReportStep.Return => ReportWorkflow.Return(report, Input.ReturnComment),
        CommuneReportStep.Approve => ReportWorkflow.Approve(report, Approval.Number, Approval.Date, context.Plan.Year, db.Scope.UserId, now),
        CommuneReportStep.Send => ReportWorkflow.Send(report, now),
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    private async Task<IActionResult> StepAsync(int plan, string period, CommuneReportStep step)
    {
        if (!await LoadAsync(plan, period))
        {
            return await this.NotFoundAuditedAsync<Plan>(db, plan);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var report = Report is null ? null : await db.CommuneReports.FirstAsync(r => r.Id == Report.Id);
        if (report is null)
        {
            report = new CommuneReport
            {
                ProvinceId = context.Plan.ProvinceId,
                CommuneId = context.Plan.CommuneId,
                PlanId = context.Plan.Id,
                Year = context.Plan.Year,
                Period = context.Period.Kind,
                Recipient = ReportAssembly.DefaultRecipient(context.Province),
                CreatedAt = now,
            };
            db.CommuneReports.Add(report);
        }
        else
        {
            db.Entry(report).Property(r => r.Version).OriginalValue = Input.Version;
        }

        if (!ReportWorkflow.May(step, db.Scope.Role, report))
        {
            db.ChangeTracker.Clear();
            return await this.DenyAsync($"{step.Action()} commune report");
        }

        if (!context.IsOpen)
        {
            ModelState.AddModelError(string.Empty, $"Kỳ báo cáo {context.Period.Name} mở từ ngày {Loa.Text.DocumentDate.Numeric(context.Period.Opens)}.");
            return Page();
        }

        var refusal = ModelState.IsValid ? Take(step, report, now) : null;
        if (!ModelState.IsValid || refusal is not null)
        {
            if (refusal is not null)
            {
                ModelState.AddModelError(string.Empty, refusal);
            }

            db.ChangeTracker.Clear();
            return Page();
        }

        report.UpdatedAt = now;
        Loa.Reports.ReportDocument? approved = null;
        if (step == CommuneReportStep.Approve)
        {
            report.Snapshot = null;
            approved = await ReportAssembly.ForCommuneAsync(db, context.Plan, context.Province, report);
            report.Snapshot = ReportAssembly.Write(approved);
        }

        await NotifyAsync(step, report, now);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, Conflicts.Message("Báo cáo này"));
            return Page();
        }

        if (step != CommuneReportStep.Save)
        {
            await audit.WriteAsync(
                step.Action(), succeeded: true, nameof(CommuneReport), report.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var record = approved is null ? null
            : await issuer.ForReportAsync(report, approved, context.Plan.IssuerLocality, db.Scope.UserId, HttpContext.RequestAborted);
        TempData["Flash"] = step switch
        {
            CommuneReportStep.Submit => "Đã trình lãnh đạo duyệt báo cáo.",
            CommuneReportStep.Approve => $"Đã duyệt báo cáo số {report.Number}. Bước tiếp theo: gửi tỉnh." + (record is null ? "" : " " + record),
            CommuneReportStep.Return => "Đã trả lại báo cáo cho cán bộ đầu mối.",
            CommuneReportStep.Send => $"Đã gửi báo cáo {context.Period.Name} tới {report.Recipient}.",
            _ => "Đã lưu báo cáo.",
        };
        return Redirect($"/reports/commune?{context.Query}");
    }

    /// <summary>Tells the next person in the chain, in the same save as the step.</summary>
    private async Task NotifyAsync(CommuneReportStep step, CommuneReport report, DateTime now)
    {
        var communeId = context.Plan.CommuneId!.Value;
        var name = $"báo cáo {context.Period.Name}";
        var link = $"/reports/commune?{context.Query}";
        var key = $"commune-report:{context.Plan.Id}:{context.Period.Code}:{step.Action()}:{now.Ticks}";
        var (recipients, title, body) = step switch
        {
            CommuneReportStep.Submit => (await Recipients.CommuneStaffAsync(db, communeId, [UserRole.Leader]), $"Chờ duyệt: {name}", $"Cán bộ đầu mối đã trình {name}."),
            CommuneReportStep.Return => (await Recipients.CommuneStaffAsync(db, communeId, [UserRole.Coordinator]), $"Lãnh đạo trả lại {name}", report.ReturnComment ?? ""),
            CommuneReportStep.Approve => (await Recipients.CommuneStaffAsync(db, communeId, [UserRole.Coordinator]), $"Đã duyệt {name}", $"Báo cáo số {report.Number} đã được duyệt; có thể gửi {report.Recipient}."),
            CommuneReportStep.Send => (await Recipients.ProvinceOfficersAsync(db, context.Plan.ProvinceId), $"{context.Plan.IssuerName} đã gửi {name}", $"Báo cáo số {report.Number} năm {context.Plan.Year}."),
            _ => ([], "", ""),
        };
        await Notifier.NotifyAsync(db, recipients, title, body, link, key, now, save: false);
    }

    /// <summary>A first draft of the narrative: what each unit wrote, under its name.</summary>
    private NarrativeInput Suggested()
    {
        string? Join(Func<UnitReport, string?> part)
        {
            var lines = UnitReports.Where(u => !string.IsNullOrWhiteSpace(part(u.Report!))).Select(u => $"{u.Name}: {part(u.Report!)!.Trim()}").ToList();
            return lines.Count == 0 ? null : string.Join("\n\n", lines);
        }

        return new NarrativeInput
        {
            Results = Join(r => r.Results),
            Shortcomings = Join(r => r.Shortcomings),
            Causes = Join(r => r.Causes),
            Proposals = Join(r => r.Proposals),
        };
    }

    /// <summary>Everything the page shows, read afresh (for a step on the report, which writes from it).</summary>
    private async Task<bool> LoadAsync(int plan, string period) => Show(await CommuneReportPage.LoadAsync(db, context, plan, period));

    /// <summary>
    /// The same for reading the page: after the access check, what is kept for the commune while its data has not changed
    /// (decision record 42).
    /// </summary>
    private async Task<bool> LoadKeptAsync(int plan, string period)
    {
        var communeId = (await PlanQueries.OwnerIfVisibleAsync(db, plan, HttpContext.RequestAborted))?.CommuneId;
        if (communeId is null)
        {
            return false;
        }

        var page = await reads.GetAsync(
            communeId, $"commune-report:{plan}:{period}", _ => CommuneReportPage.LoadAsync(db, new ReportContext(db, time), plan, period), HttpContext.RequestAborted);
        if (page is not null)
        {
            context.Use(page.Plan, page.Province, page.Period, page.Today);
        }

        return Show(page);
    }

    private bool Show(CommuneReportPage? page)
    {
        if (page is null)
        {
            return false;
        }

        (Report, UnitParts, Document, OfficialDocuments) = (page.Report, page.UnitParts, page.Document, page.OfficialDocuments);
        Exchange = page.Exchange with { IsProvince = db.Scope.Role == UserRole.ProvinceOfficer };
        return true;
    }

    public sealed record UnitPart(int UnitId, string Name, UnitReport? Report);

    public sealed class ApprovalInput
    {
        [StringLength(50)]
        public string? Number { get; set; }

        public DateOnly? Date { get; set; }
    }
}
