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
public sealed class CommuneModel(LoaDbContext db, TimeProvider time, AuditLog audit) : PageModel
{
    private readonly ReportContext context = new(db, time);

    [BindProperty]
    public NarrativeInput Input { get; set; } = new();

    [BindProperty]
    public ApprovalInput Approval { get; set; } = new();

    public ReportContext Context => context;

    public CommuneReport? Report { get; private set; }

    public ReportDocument Document { get; private set; } = null!;

    /// <summary>Every unit that owes a part for the period, with its report if it has begun one (by name).</summary>
    public IReadOnlyList<UnitPart> UnitParts { get; private set; } = [];

    /// <summary>The parts the units have sent: what the consolidated report draws on.</summary>
    public IReadOnlyList<UnitPart> UnitReports => UnitParts.Where(u => u.Report?.Status == UnitReportStatus.Submitted).ToList();

    public bool IsCoordinator => db.Scope.Role == UserRole.Coordinator;

    public bool IsLeader => db.Scope.Role == UserRole.Leader;

    public async Task<IActionResult> OnGetAsync(int plan, string period)
    {
        if (!await LoadAsync(plan, period))
        {
            return await this.NotFoundAuditedAsync<Plan>(db, plan);
        }

        Input = Report is null
            ? Suggested()
            : new NarrativeInput { Version = Report.Version, Results = Report.Results, Shortcomings = Report.Shortcomings, Causes = Report.Causes, Proposals = Report.Proposals };
        Approval.Date = context.Today;
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(int plan, string period) => StepAsync(plan, period, "save", r => IsCoordinator && r.Status == CommuneReportStatus.Draft, r =>
    {
        Apply(r);
        return null;
    });

    public Task<IActionResult> OnPostSubmitAsync(int plan, string period) => StepAsync(plan, period, "submit", r => IsCoordinator && r.Status == CommuneReportStatus.Draft, r =>
    {
        Apply(r);
        if (r.Results is null)
        {
            return "Hãy viết phần kết quả đạt được trước khi trình lãnh đạo.";
        }

        r.Status = CommuneReportStatus.Submitted;
        r.SubmittedAt = time.GetUtcNow().UtcDateTime;
        r.ReturnComment = null;
        return null;
    });

    public Task<IActionResult> OnPostReturnAsync(int plan, string period) => StepAsync(plan, period, "return", r => IsLeader && r.Status is CommuneReportStatus.Submitted or CommuneReportStatus.Approved, r =>
    {
        if (string.IsNullOrWhiteSpace(Input.ReturnComment))
        {
            return "Hãy ghi lý do trả lại.";
        }

        r.Status = CommuneReportStatus.Draft;
        r.ReturnComment = Input.ReturnComment.Trim();
        (r.Snapshot, r.Number, r.IssuedOn, r.ApprovedAt, r.ApprovedById) = (null, null, null, null, null);
        return null;
    });

    public Task<IActionResult> OnPostApproveAsync(int plan, string period) => StepAsync(plan, period, "approve", r => IsLeader && r.Status == CommuneReportStatus.Submitted, r =>
    {
        if (PlanWorkflow.NormaliseNumber(Approval.Number, "BC-UBND") is not { } number)
        {
            return "Số báo cáo không hợp lệ. Nhập số (ví dụ 12) hoặc số và ký hiệu (ví dụ 12/BC-UBND).";
        }

        if (Approval.Date is not { } date || date.Year < context.Plan.Year || date.Year > context.Plan.Year + 1)
        {
            return "Hãy nhập ngày ký báo cáo (trong năm kế hoạch hoặc năm sau).";
        }

        r.Number = number;
        r.IssuedOn = date;
        r.Status = CommuneReportStatus.Approved;
        r.ApprovedAt = time.GetUtcNow().UtcDateTime;
        r.ApprovedById = db.Scope.UserId;
        return null;
    });

    public Task<IActionResult> OnPostSendAsync(int plan, string period) => StepAsync(plan, period, "send", r => (IsLeader || IsCoordinator) && r.Status == CommuneReportStatus.Approved, r =>
    {
        r.Status = CommuneReportStatus.Sent;
        r.SentAt = time.GetUtcNow().UtcDateTime;
        return null;
    });

    private async Task<IActionResult> StepAsync(int plan, string period, string action, Func<CommuneReport, bool> allowed, Func<CommuneReport, string?> step)
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

        if (!allowed(report))
        {
            db.ChangeTracker.Clear();
            return await this.DenyAsync($"{action} commune report");
        }

        if (!context.IsOpen)
        {
            ModelState.AddModelError(string.Empty, $"Kỳ báo cáo {context.Period.Name} mở từ ngày {Loa.Text.DocumentDate.Numeric(context.Period.Opens)}.");
            return Page();
        }

        var refusal = ModelState.IsValid ? step(report) : null;
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
        if (action == "approve")
        {
            report.Snapshot = null;
            report.Snapshot = ReportAssembly.Write(await ReportAssembly.ForCommuneAsync(db, context.Plan, context.Province, report));
        }

        await NotifyAsync(action, report, now);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, Conflicts.Message("Báo cáo này"));
            return Page();
        }

        if (action != "save")
        {
            await audit.WriteAsync(action, succeeded: true, nameof(CommuneReport), report.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        TempData["Flash"] = action switch
        {
            "submit" => "Đã trình lãnh đạo duyệt báo cáo.",
            "approve" => $"Đã duyệt báo cáo số {report.Number}. Bước tiếp theo: gửi tỉnh.",
            "return" => "Đã trả lại báo cáo cho cán bộ đầu mối.",
            "send" => $"Đã gửi báo cáo {context.Period.Name} tới {report.Recipient}.",
            _ => "Đã lưu báo cáo.",
        };
        return Redirect($"/reports/commune?{context.Query}");
    }

    /// <summary>Tells the next person in the chain, in the same save as the step.</summary>
    private async Task NotifyAsync(string action, CommuneReport report, DateTime now)
    {
        var communeId = context.Plan.CommuneId!.Value;
        var name = $"báo cáo {context.Period.Name}";
        var link = $"/reports/commune?{context.Query}";
        var key = $"commune-report:{context.Plan.Id}:{context.Period.Code}:{action}:{now.Ticks}";
        var (recipients, title, body) = action switch
        {
            "submit" => (await Recipients.CommuneStaffAsync(db, communeId, [UserRole.Leader]), $"Chờ duyệt: {name}", $"Cán bộ đầu mối đã trình {name}."),
            "return" => (await Recipients.CommuneStaffAsync(db, communeId, [UserRole.Coordinator]), $"Lãnh đạo trả lại {name}", report.ReturnComment ?? ""),
            "approve" => (await Recipients.CommuneStaffAsync(db, communeId, [UserRole.Coordinator]), $"Đã duyệt {name}", $"Báo cáo số {report.Number} đã được duyệt; có thể gửi {report.Recipient}."),
            "send" => (await Recipients.ProvinceOfficersAsync(db, context.Plan.ProvinceId), $"{context.Plan.IssuerName} đã gửi {name}", $"Báo cáo số {report.Number} năm {context.Plan.Year}."),
            _ => ([], "", ""),
        };
        await Notifier.NotifyAsync(db, recipients, title, body, link, key, now, save: false);
    }

    private void Apply(CommuneReport report)
    {
        static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        (report.Results, report.Shortcomings, report.Causes, report.Proposals) = (Clean(Input.Results), Clean(Input.Shortcomings), Clean(Input.Causes), Clean(Input.Proposals));
    }

    /// <summary>A first draft of the narrative: what each unit wrote, under its name.</summary>
    private NarrativeInput Suggested()
    {
        string? Join(Func<UnitReport, string?> part)
        {
            var lines = UnitReports.Where(u => !string.IsNullOrWhiteSpace(part(u.Report!))).Select(u => $"{u.Name}: {part(u.Report!)!.Trim()}").ToList();
            return lines.Count == 0 ? null : string.Join("\n\n", lines);
        }

        return new NarrativeInput { Results = Join(r => r.Results), Shortcomings = Join(r => r.Shortcomings), Causes = Join(r => r.Causes), Proposals = Join(r => r.Proposals) };
    }

    private async Task<bool> LoadAsync(int plan, string period)
    {
        if (!await context.LoadAsync(plan, period))
        {
            return false;
        }

        Report = await db.CommuneReports.AsNoTracking().FirstOrDefaultAsync(r => r.PlanId == plan && r.Year == context.Plan.Year && r.Period == context.Period.Kind);
        var reports = await db.UnitReports.AsNoTracking()
            .Where(r => r.PlanId == plan && r.Year == context.Plan.Year && r.Period == context.Period.Kind)
            .ToDictionaryAsync(r => r.UnitId);
        var owing = ReportingUnits.Of(context.Plan).Union(reports.Keys).ToList();
        var names = await db.Units.AsNoTracking().Where(u => owing.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name);
        UnitParts = owing.Where(names.ContainsKey).Select(id => new UnitPart(id, names[id], reports.GetValueOrDefault(id)))
            .OrderBy(u => u.Name, VietnameseOrder.Instance).ToList();
        Document = await ReportAssembly.ForCommuneAsync(db, context.Plan, context.Province, Report ?? new CommuneReport { Period = context.Period.Kind, Year = context.Plan.Year });
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
