using System.ComponentModel.DataAnnotations;
using Loa.Data;
using Loa.Plans;
using Loa.Plans.Versions;
using Loa.Text;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Loa.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Plans;

/// <summary>The general parts of a draft plan: header, legal basis, reporting duty, deadlines, funding, recipients, signer.</summary>
[Authorize(Policy = Policies.PlanEditor)]
public sealed class EditModel(LoaDbContext db, TimeProvider time) : PageModel
{
    private const int BlankRows = 2;

    [BindProperty]
    public PlanInput Input { get; set; } = new();

    public int PlanId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var plan = await LoadAsync(id);
        if (plan is null)
        {
            return await this.NotFoundAuditedAsync<Plan>(db, id);
        }

        if (!PlanAccess.MayEdit(db.Scope, plan))
        {
            return await this.DenyAsync($"edit plan {plan.Id}");
        }

        if (!plan.IsEditable())
        {
            return NotEditable(id);
        }

        Input = PlanInput.From(plan);
        Input.AddBlankRows(BlankRows);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        var plan = await LoadAsync(id);
        if (plan is null)
        {
            return await this.NotFoundAuditedAsync<Plan>(db, id);
        }

        if (!PlanAccess.MayEdit(db.Scope, plan))
        {
            return await this.DenyAsync($"edit plan {plan.Id}");
        }

        if (!plan.IsEditable())
        {
            return NotEditable(id);
        }

        Input.Validate(ModelState);
        if (!ModelState.IsValid)
        {
            Input.AddBlankRows(BlankRows);
            return Page();
        }

        db.Entry(plan).Property(p => p.Version).OriginalValue = Input.Version;
        Input.ApplyTo(plan);
        try
        {
            await PlanVersioning.SaveAsync(db, plan, "Sửa thông tin chung", time.GetUtcNow().UtcDateTime);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, Conflicts.Message("Kế hoạch"));
            Input.AddBlankRows(BlankRows);
            return Page();
        }

        TempData["Flash"] = "Đã lưu thông tin chung của kế hoạch.";
        return Redirect($"/plans/details/{id}");
    }

    private async Task<Plan?> LoadAsync(int id)
    {
        PlanId = id;
        return await db.Plans.Include(p => p.Basis).Include(p => p.Deadlines).AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id);
    }

    private RedirectResult NotEditable(int id)
    {
        TempData["Flash"] = "Kế hoạch đã trình hoặc đã ban hành nên không sửa được. Lãnh đạo có thể trả lại để sửa.";
        return Redirect($"/plans/details/{id}");
    }

    public sealed class PlanInput
    {
        public int Version { get; set; }

        [Required(ErrorMessage = "Hãy nhập trích yếu (tên kế hoạch).")]
        [StringLength(500, ErrorMessage = "Trích yếu dài quá 500 ký tự.")]
        public string Title { get; set; } = "";

        [Range(2020, 2100, ErrorMessage = "Năm kế hoạch phải trong khoảng 2020–2100.")]
        public int Year { get; set; }

        [StringLength(100, ErrorMessage = "Địa danh dài quá 100 ký tự.")]
        public string? Place { get; set; }

        [Range(1, 31, ErrorMessage = "Ngày phải từ 1 đến 31.")]
        public int? DateDay { get; set; }

        [Range(1, 12, ErrorMessage = "Tháng phải từ 1 đến 12.")]
        public int? DateMonth { get; set; }

        [Range(2000, 2100, ErrorMessage = "Năm không hợp lệ.")]
        public int? DateYear { get; set; }

        public List<BasisRow> Basis { get; set; } = [];

        public List<ReportingPeriods> Periods { get; set; } = [];

        [StringLength(300, ErrorMessage = "Tên đơn vị nhận báo cáo dài quá 300 ký tự.")]
        public string? ReportingVia { get; set; }

        public List<DeadlineRow> Deadlines { get; set; } = [];

        public string? Funding { get; set; }

        public string? Recipients { get; set; }

        [StringLength(100, ErrorMessage = "Thẩm quyền ký dài quá 100 ký tự.")]
        public string? SignerAuthority { get; set; }

        [StringLength(100, ErrorMessage = "Dòng ký thay dài quá 100 ký tự.")]
        public string? SignerDeputy { get; set; }

        [StringLength(100, ErrorMessage = "Chức vụ dài quá 100 ký tự.")]
        public string? SignerPosition { get; set; }

        [StringLength(100, ErrorMessage = "Họ tên người ký dài quá 100 ký tự.")]
        public string? SignerName { get; set; }

        public static PlanInput From(Plan plan) => new()
        {
            Version = plan.Version,
            Title = plan.Title,
            Year = plan.Year,
            Place = plan.Place,
            DateDay = plan.DateDay,
            DateMonth = plan.DateMonth,
            DateYear = plan.DateYear,
            Basis = plan.Basis.OrderBy(b => b.Order).Select(b => new BasisRow { Kind = b.Kind, Number = b.Number, Date = b.Date, Issuer = b.Issuer }).ToList(),
            Periods = ReportingPeriodsText.Choices().Select(c => c.Flag).Where(f => plan.ReportingPeriods.HasFlag(f)).ToList(),
            ReportingVia = plan.ReportingVia,
            Deadlines = plan.Deadlines.OrderBy(d => d.Order).Select(d => new DeadlineRow { Subject = d.Subject, Date = d.Date }).ToList(),
            Funding = TextLists.JoinParagraphs(plan.Funding),
            Recipients = TextLists.JoinLines(plan.Recipients),
            SignerAuthority = plan.SignerAuthority,
            SignerDeputy = plan.SignerDeputy,
            SignerPosition = plan.SignerPosition,
            SignerName = plan.SignerName,
        };

        public void AddBlankRows(int count)
        {
            Basis.AddRange(Enumerable.Range(0, count).Select(_ => new BasisRow()));
            Deadlines.AddRange(Enumerable.Range(0, count).Select(_ => new DeadlineRow()));
        }

        public void Validate(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary state)
        {
            if (DateDay is { } d && DateMonth is { } m && DateYear is { } y && d > DateTime.DaysInMonth(y, m))
            {
                state.AddModelError("Input.DateDay", $"Tháng {m}/{y} không có ngày {d}.");
            }

            foreach (var (row, i) in Basis.Select((r, i) => (r, i)).Where(x => !x.r.IsBlank && string.IsNullOrWhiteSpace(x.r.Kind)))
            {
                state.AddModelError($"Input.Basis[{i}].Kind", $"Căn cứ thứ {i + 1}: hãy ghi loại văn bản (Kế hoạch, Quyết định…).");
            }

            foreach (var (row, i) in Deadlines.Select((r, i) => (r, i)).Where(
                x => !x.r.IsBlank && (string.IsNullOrWhiteSpace(x.r.Subject) || x.r.Date is null)))
            {
                state.AddModelError($"Input.Deadlines[{i}].Subject", $"Thời hạn thứ {i + 1}: cần cả nội dung và ngày.");
            }
        }

        public void ApplyTo(Plan plan)
        {
            plan.Title = Title.Trim();
            plan.Year = Year;
            plan.Place = Place?.Trim();
            (plan.DateDay, plan.DateMonth, plan.DateYear) = (DateDay, DateMonth, DateYear);
            plan.ReportingPeriods = Periods.Aggregate(ReportingPeriods.None, (a, p) => a | p);
            plan.ReportingVia = ReportingVia?.Trim();
            plan.Funding = TextLists.Paragraphs(Funding);
            plan.Recipients = TextLists.Lines(Recipients).Select(r => r.TrimStart('-', ' ').TrimEnd(';', '.', ' ')).ToList();
            plan.SignerAuthority = SignerAuthority?.Trim();
            plan.SignerDeputy = SignerDeputy?.Trim();
            plan.SignerPosition = SignerPosition?.Trim();
            plan.SignerName = SignerName?.Trim();
            plan.Basis.Clear();
            plan.Basis.AddRange(Basis.Where(b => !b.IsBlank && !b.Remove).Select((b, i) => new Basis
            {
                Order = i,
                Kind = b.Kind!.Trim(),
                Number = b.Number?.Trim(),
                Date = b.Date,
                Issuer = b.Issuer?.Trim(),
            }));
            plan.Deadlines.Clear();
            plan.Deadlines.AddRange(Deadlines.Where(d => !d.IsBlank && !d.Remove).Select((d, i) => new PlanDeadline
            {
                Order = i,
                Subject = d.Subject!.Trim(),
                Date = d.Date!.Value,
            }));
        }
    }

    public sealed class BasisRow
    {
        [StringLength(50, ErrorMessage = "Loại văn bản căn cứ dài quá 50 ký tự.")]
        public string? Kind { get; set; }

        [StringLength(50, ErrorMessage = "Số, ký hiệu căn cứ dài quá 50 ký tự.")]
        public string? Number { get; set; }

        public DateOnly? Date { get; set; }

        [StringLength(300, ErrorMessage = "Cơ quan ban hành dài quá 300 ký tự.")]
        public string? Issuer { get; set; }

        public bool Remove { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Kind) && string.IsNullOrWhiteSpace(Number) && Date is null && string.IsNullOrWhiteSpace(Issuer);
    }

    public sealed class DeadlineRow
    {
        [StringLength(1000, ErrorMessage = "Nội dung thời hạn dài quá 1000 ký tự.")]
        public string? Subject { get; set; }

        public DateOnly? Date { get; set; }

        public bool Remove { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Subject) && Date is null;
    }
}
