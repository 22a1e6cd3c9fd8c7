using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Plans;
using Loa.Plans.Import;
using Loa.Plans.Versions;
using Loa.Text;
using Loa.Units;
using Loa.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Plans;

/// <summary>
/// A plan the commune (or province) already has, as Word (from any producer), PDF with a text layer, text, Markdown or
/// pasted text: read, reviewed side by side with its source (what was lost or partly understood said beside it),
/// unplaced lines decided, then saved as a draft. A file that cannot be read saves nothing.
/// </summary>
[Authorize(Policy = Policies.PlanEditor)]
[RequestSizeLimit(PlanImporter.MaxBytes + (1024 * 1024))]
[RequestFormLimits(MultipartBodyLengthLimit = PlanImporter.MaxBytes + (1024 * 1024), ValueLengthLimit = PlanImporter.MaxBytes)]
public sealed class ImportModel(LoaDbContext db, TimeProvider time) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public string? Pasted { get; set; }

    [BindProperty]
    public ImportReview Review { get; set; } = new();

    public PlanDocument? Plan { get; private set; }

    public IReadOnlyList<string> Source { get; private set; } = [];

    public IReadOnlyList<string> Warnings { get; private set; } = [];

    /// <summary>What of the file was lost or partly understood (no task table, recipients missing), with its source lines.</summary>
    public IReadOnlyList<ImportFinding> Findings { get; private set; } = [];

    /// <summary>Ticked once the officer has read <see cref="CreationWarnings"/>.</summary>
    [BindProperty]
    public bool Confirmed { get; set; }

    /// <summary>
    /// What making this plan must be confirmed past: another plan of its year, a document issued by someone else
    /// (<see cref="PlanCreationChecks"/>).
    /// </summary>
    public IReadOnlyList<string> CreationWarnings { get; private set; } = [];

    public IReadOnlyList<Unit> Units { get; private set; } = [];

    public IReadOnlyList<string> ProposedUnits { get; private set; } = [];

    public UnitMatcher Matcher { get; private set; } = new([]);

    public async Task<IActionResult> OnGetAsync() => await RefuseWhoMayNotStartAsync() ?? Page();

    public async Task<IActionResult> OnPostReadAsync()
    {
        if (await RefuseWhoMayNotStartAsync() is { } refused)
        {
            return refused;
        }

        ImportResult result;
        try
        {
            if (Upload is { Length: > 0 })
            {
                PlanImporter.EnsureSize(Upload.Length);
                using var memory = new MemoryStream();
                await Upload.CopyToAsync(memory);
                result = PlanImporter.Import(memory.ToArray(), Upload.FileName);
            }
            else if (!string.IsNullOrWhiteSpace(Pasted))
            {
                result = PlanImporter.ImportText(Pasted, "van-ban-dan.txt");
            }
            else
            {
                ModelState.AddModelError(string.Empty, "Hãy chọn tệp kế hoạch hoặc dán văn bản kế hoạch vào ô bên dưới.");
                return Page();
            }
        }
        catch (PlanFormatException ex)
        {
            ModelState.AddModelError(string.Empty, ex.Message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        Review = ImportReview.From(result.Plan, result.SourceLines, Upload?.FileName);
        Warnings = result.Warnings;
        await ShowAsync(result.Plan, result.SourceLines);
        Review.NewUnits = [.. ProposedUnits];
        return Page();
    }

    public async Task<IActionResult> OnPostCreateAsync()
    {
        if (await RefuseWhoMayNotStartAsync() is { } refused)
        {
            return refused;
        }

        PlanDocument document;
        try
        {
            document = Review.Document();
        }
        catch (PlanFormatException ex)
        {
            ModelState.AddModelError(string.Empty, ex.Message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }

        var source = Review.Source();
        var problems = Review.Apply(document);
        if (problems.Count > 0)
        {
            problems.ForEach(p => ModelState.AddModelError(string.Empty, p));
            await ShowAsync(Review.Document(), source);
            return Page();
        }

        var now = time.GetUtcNow().UtcDateTime;
        if (!Confirmed && (await CreationChecksAsync(document, now)).Count > 0)
        {
            await ShowAsync(document, source);
            return Page();
        }

        var scope = db.Scope;
        var plan = new Plan
        {
            ProvinceId = scope.ProvinceId!.Value,
            CommuneId = scope.CommuneId,
            Year = document.Year ?? now.Year,
            CreatedAt = now,
            UpdatedAt = now,
        };
        var locality = scope.CommuneId is { } communeId
            ? await db.Communes.Where(c => c.Id == communeId).Select(c => c.Locality).FirstAsync()
            : await db.Provinces.Where(p => p.Id == scope.ProvinceId).Select(p => p.Locality).FirstAsync();
        var units = await db.Units.Where(u => u.CommuneId == scope.CommuneId).ToListAsync();
        var wanted = ImportReview.UnmatchedUnitNames(document, new UnitMatcher(units, locality));
        foreach (var name in Review.NewUnits.Where(n => wanted.Contains(n)))
        {
            var unit = new Unit { ProvinceId = plan.ProvinceId, CommuneId = plan.CommuneId, Name = name, Kind = UnitKindText.Guess(name) };
            db.Units.Add(unit);
            units.Add(unit);
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.SaveChangesAsync();
        PlanMapper.Fill(plan, document, new UnitMatcher(units, locality));
        db.Plans.Add(plan);
        await PlanVersioning.SaveAsync(db, plan, $"Nhập từ {(Review.FileName is { Length: > 0 } f ? $"tệp {f}" : "văn bản dán vào")}", now);
        await transaction.CommitAsync();
        TempData["Flash"] = $"Đã tạo dự thảo từ văn bản: {document.Tasks.Count} nhiệm vụ trọng tâm, {document.Sections.Count(s => s.Label is not null)} phần nội dung.";
        return Redirect($"/plans/details/{plan.Id}");
    }

    private async Task ShowAsync(PlanDocument plan, IReadOnlyList<string> source)
    {
        Plan = plan;
        Source = source;
        Findings = ImportFindings.Find(plan, source);
        var scope = db.Scope;
        Units = (await db.Units.AsNoTracking().Where(
            u => u.CommuneId == scope.CommuneId && !u.IsArchived).ToListAsync()).OrderBy(u => u.Name, VietnameseOrder.Instance).ToList();
        Matcher = new UnitMatcher(Units, plan.Issuer.Locality);
        ProposedUnits = ImportReview.UnmatchedUnitNames(plan, Matcher);
        CreationWarnings = await CreationChecksAsync(plan, time.GetUtcNow().UtcDateTime);
    }

    private async Task<List<string>> CreationChecksAsync(PlanDocument plan, DateTime now)
    {
        var scope = db.Scope;
        string locality, government;
        if (scope.CommuneId is { } communeId)
        {
            var commune = await db.Communes.AsNoTracking().FirstAsync(c => c.Id == communeId);
            (locality, government) = (commune.Locality, commune.GovernmentName);
        }
        else
        {
            var province = await db.Provinces.AsNoTracking().FirstAsync(p => p.Id == scope.ProvinceId);
            (locality, government) = (province.Locality, province.GovernmentName);
        }

        List<string?> warnings =
        [
            await PlanCreationChecks.SameYearAsync(db, scope.ProvinceId!.Value, scope.CommuneId, plan.Year ?? now.Year),
            PlanCreationChecks.OtherIssuer(plan.Issuer, locality, government),
        ];
        return warnings.OfType<string>().ToList();
    }

    private async Task<IActionResult?> RefuseWhoMayNotStartAsync() =>
        !PlanAccess.MayStartPlan(db.Scope) ? await this.DenyAsync("unit officers do not import plans") : null;
}
