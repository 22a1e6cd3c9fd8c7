using System.ComponentModel.DataAnnotations;
using Loa.Data;
using Loa.Plans;
using Loa.Plans.Versions;
using Loa.Text;
using Loa.Units;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Loa.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Plans;

/// <summary>The lists of a draft plan: content items, channels, and each unit's responsibilities.</summary>
[Authorize(Policy = Policies.PlanEditor)]
public sealed class ItemsModel(LoaDbContext db, TimeProvider time) : PageModel
{
    private const int BlankRows = 2;

    [BindProperty]
    public List<ItemRow> Contents { get; set; } = [];

    [BindProperty]
    public List<ItemRow> Channels { get; set; } = [];

    [BindProperty]
    public List<DutyRow> Responsibilities { get; set; } = [];

    [BindProperty]
    public int Version { get; set; }

    public int PlanId { get; private set; }

    public string Title { get; private set; } = "";

    public IReadOnlyList<Unit> Units { get; private set; } = [];

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
            return Redirect($"/plans/details/{id}");
        }

        Version = plan.Version;
        Contents = plan.Contents.OrderBy(c => c.Order).Select((c, i) => new ItemRow { Position = (i + 1) * 10, Label = c.Label, Text = c.Text }).ToList();
        Channels = plan.Channels.OrderBy(c => c.Order).Select((c, i) => new ItemRow { Position = (i + 1) * 10, Label = c.Label, Text = c.Text }).ToList();
        Responsibilities = plan.Responsibilities.OrderBy(r => r.Order)
            .Select((r, i) => new DutyRow { Position = (i + 1) * 10, UnitName = r.UnitName, UnitId = r.UnitId, Duties = TextLists.JoinParagraphs(r.Duties) })
            .ToList();
        AddBlankRows();
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
            return Redirect($"/plans/details/{id}");
        }

        var unitIds = Units.Select(u => u.Id).ToHashSet();
        if (Responsibilities.Any(r => r.UnitId is { } u && !unitIds.Contains(u)))
        {
            ModelState.AddModelError(string.Empty, "Đơn vị được chọn không thuộc xã, phường của bạn.");
        }

        foreach (var (row, i) in Responsibilities.Select((r, i) => (r, i)).Where(
            x => !x.r.Remove && !x.r.IsBlank && string.IsNullOrWhiteSpace(x.r.UnitName) && x.r.UnitId is null))
        {
            ModelState.AddModelError(string.Empty, $"Trách nhiệm thứ {i + 1}: hãy chọn hoặc ghi tên đơn vị.");
        }

        if (!ModelState.IsValid)
        {
            AddBlankRows();
            return Page();
        }

        db.Entry(plan).Property(p => p.Version).OriginalValue = Version;
        db.ContentItems.RemoveRange(plan.Contents);
        db.Channels.RemoveRange(plan.Channels);
        db.Responsibilities.RemoveRange(plan.Responsibilities);
        plan.Contents = Kept(Contents).Select((r, i) => new ContentItem { Order = i, Label = Clean(r.Label), Text = r.Text!.Trim() }).ToList();
        plan.Channels = Kept(Channels).Select((r, i) => new Channel { Order = i, Label = Clean(r.Label), Text = r.Text!.Trim() }).ToList();
        plan.Responsibilities = Responsibilities.Where(r => !r.Remove && !r.IsBlank).OrderBy(r => r.Position)
            .Select((r, i) => new UnitResponsibility
            {
                Order = i,
                UnitId = r.UnitId,
                UnitName = string.IsNullOrWhiteSpace(r.UnitName) ? Units.First(u => u.Id == r.UnitId).Name : r.UnitName.Trim(),
                Duties = TextLists.Paragraphs(r.Duties),
            })
            .ToList();
        try
        {
            await PlanVersioning.SaveAsync(db, plan, "Sửa nội dung tuyên truyền, hình thức và trách nhiệm", time.GetUtcNow().UtcDateTime);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, Conflicts.Message("Kế hoạch"));
            AddBlankRows();
            return Page();
        }

        TempData["Flash"] = "Đã lưu nội dung, hình thức tuyên truyền và trách nhiệm các đơn vị.";
        return Redirect($"/plans/details/{id}");
    }

    private static IEnumerable<ItemRow> Kept(IEnumerable<ItemRow> rows) => rows.Where(
        r => !r.Remove && !string.IsNullOrWhiteSpace(r.Text)).OrderBy(r => r.Position);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private void AddBlankRows()
    {
        static int Next(IEnumerable<int> positions) => positions.DefaultIfEmpty(0).Max() + 10;
        var c = Next(Contents.Select(r => r.Position));
        var h = Next(Channels.Select(r => r.Position));
        var d = Next(Responsibilities.Select(r => r.Position));
        for (var i = 0; i < BlankRows; i++)
        {
            Contents.Add(new ItemRow { Position = c + (i * 10) });
            Channels.Add(new ItemRow { Position = h + (i * 10) });
            Responsibilities.Add(new DutyRow { Position = d + (i * 10) });
        }
    }

    private async Task<Plan?> LoadAsync(int id)
    {
        PlanId = id;
        var plan = await db.Plans.Include(p => p.Contents).Include(p => p.Channels)
            .Include(p => p.Responsibilities).AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id);
        Title = plan?.Title ?? "";
        Units = (await db.Units.AsNoTracking().Where(u => !u.IsArchived).ToListAsync()).OrderBy(u => u.Kind)
            .ThenBy(u => u.Name, VietnameseOrder.Instance).ToList();
        return plan;
    }

    public sealed class ItemRow
    {
        public int Position { get; set; }

        [StringLength(20, ErrorMessage = "Ký hiệu dài quá 20 ký tự.")]
        public string? Label { get; set; }

        public string? Text { get; set; }

        public bool Remove { get; set; }
    }

    public sealed class DutyRow
    {
        public int Position { get; set; }

        [StringLength(1000, ErrorMessage = "Tên đơn vị dài quá 1000 ký tự.")]
        public string? UnitName { get; set; }

        public int? UnitId { get; set; }

        public string? Duties { get; set; }

        public bool Remove { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(UnitName) && UnitId is null && string.IsNullOrWhiteSpace(Duties);
    }
}
