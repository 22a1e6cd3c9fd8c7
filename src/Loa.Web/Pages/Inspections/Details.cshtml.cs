using Loa.Data;
using Loa.Documents;
using Loa.Domain;
using Loa.Domain.Geography;
using Loa.Inspections;
using Loa.Text;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Loa.Web.Infrastructure.Uploads;
using Loa.Web.Pages.Activities;
using Loa.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace Loa.Web.Pages.Inspections;

/// <summary>
/// One commune's inspection of a year: the checklist's items with their results (computed live while open, frozen at
/// the visit), the commune's answers and evidence, the visit, the inspector's findings and scores, the conclusion, and
/// the record as .docx. The commune's staff read it; its coordinator and leader answer while open; only the officers
/// of its province inspect (<see cref="InspectionWorkflow"/>).
/// </summary>
[Authorize(Policy = Policies.Staff)]
[RequestSizeLimit(UploadLimits.RequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = UploadLimits.RequestBytes)]
public sealed class DetailsModel(
    LoaDbContext db, TimeProvider time, UploadStore storage, UploadPolicies policies, Loa.Documents.Pdf.IPdfConverter converter) : PageModel
{
    /// <summary>Why the record's PDF asked for could not be made (no LibreOffice on the server).</summary>
    public PdfProblem? PdfProblem { get; private set; }

    public Inspection Inspection { get; private set; } = null!;

    public Commune Commune { get; private set; } = null!;

    public Loa.Domain.Geography.Province Province { get; private set; } = null!;

    public IReadOnlyList<EntryView> Entries { get; private set; } = [];

    /// <summary>The day the results are those of: today while open, the visit day once frozen.</summary>
    public DateOnly AsOf { get; private set; }

    public bool MayAnswer { get; private set; }

    public bool MayInspect { get; private set; }

    [BindProperty]
    public VisitForm Visit { get; set; } = new();

    [BindProperty]
    public ReviewForm Review { get; set; } = new();

    public int? AnsweringEntry { get; private set; }

    public decimal Total => Entries.Sum(e => e.Entry.Score ?? 0);

    public decimal MaxTotal => Entries.Sum(e => e.Entry.MaxScore);

    private DateOnly Today => VietnamTime.Today(time);

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        var inspection = await LoadAsync(id);
        return inspection is null ? await this.NotFoundAuditedAsync<Inspection>(db, id) : await RenderAsync(inspection);
    }

    /// <summary>The record (biên bản) as .docx, once the visit is recorded: written from the frozen entries only.</summary>
    public Task<IActionResult> OnGetRecordAsync(int id) => RecordAsync(id, pdf: false);

    /// <summary>The record as PDF; without LibreOffice the page says so and offers the .docx.</summary>
    public Task<IActionResult> OnGetRecordPdfAsync(int id) => RecordAsync(id, pdf: true);

    private async Task<IActionResult> RecordAsync(int id, bool pdf)
    {
        var inspection = await LoadAsync(id);
        if (inspection is null)
        {
            return await this.NotFoundAuditedAsync<Inspection>(db, id);
        }

        if (!inspection.IsFrozen)
        {
            TempData["Flash"] = "Biên bản chỉ lập được sau khi đoàn kiểm tra ghi nhận ngày kiểm tra.";
            return Redirect($"/inspections/details/{id}");
        }

        await LoadPlacesAsync(inspection);
        var record = InspectionRecord.Of(inspection, Province.GovernmentName, Commune.GovernmentName, Commune.Locality);
        var name = $"bien-ban-kiem-tra-{Slugs.From(Commune.Name)}-{inspection.Year}";
        if (!pdf)
        {
            return File(InspectionDocxWriter.Write(record), InspectionDocxWriter.ContentType, name + ".docx");
        }

        var (bytes, problem) = await PdfDownload.ConvertAsync(converter, () => InspectionDocxWriter.Write(record), HttpContext.RequestAborted);
        if (bytes is not null)
        {
            Response.Headers.CacheControl = "private, no-store";
            return File(bytes, PdfDownload.ContentType, name + ".pdf");
        }

        PdfProblem = new PdfProblem(problem!, $"/inspections/details/{id}?handler=Record", $"/inspections/details/{id}");
        return await RenderAsync(inspection, StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>An evidence file of this inspection, always as a download.</summary>
    public async Task<IActionResult> OnGetFileAsync(int id, int file)
    {
        var found = await db.InspectionFiles.AsNoTracking()
            .Where(f => f.Id == file && db.InspectionEntries.Any(e => e.Id == f.EntryId && e.InspectionId == id))
            .FirstOrDefaultAsync();
        if (found is null)
        {
            return await this.NotFoundAuditedAsync<InspectionFile>(db, file);
        }

        var path = storage.PathOf(policies.Evidence, found.CommuneId ?? 0, found.StoredName);
        if (!System.IO.File.Exists(path))
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        Response.Headers.CacheControl = "private, no-store";
        Response.Headers.ContentSecurityPolicy = "default-src 'none'; sandbox";
        var disposition = new ContentDispositionHeaderValue("attachment");
        disposition.SetHttpFileName(found.FileName);
        Response.Headers.ContentDisposition = disposition.ToString();
        return PhysicalFile(path, found.ContentType);
    }

    /// <summary>Answers an item with text and evidence files, while the inspection is open.</summary>
    public async Task<IActionResult> OnPostAnswerAsync(int id, int entry, string? answer, int version, List<IFormFile>? files)
    {
        var inspection = await LoadAsync(id, tracked: true);
        if (inspection is null)
        {
            return await this.NotFoundAuditedAsync<Inspection>(db, id);
        }

        var target = inspection.Entries.FirstOrDefault(e => e.Id == entry && e.Kind == ChecklistItemKind.Answered);
        if (target is null)
        {
            return await this.NotFoundAuditedAsync<InspectionEntry>(db, entry);
        }

        if (InspectionWorkflow.Refusal(InspectionStep.Answer, inspection, db.Scope, Today) is { } refusal)
        {
            return await RefuseAsync(inspection, refusal);
        }

        files ??= [];
        var text = answer?.Trim();
        if (string.IsNullOrEmpty(text) && files.Count == 0)
        {
            ModelState.AddModelError($"answer-{entry}", "Hãy ghi câu trả lời hoặc gửi kèm minh chứng.");
        }
        else if (text?.Length > InspectionEntry.AnswerMax)
        {
            ModelState.AddModelError($"answer-{entry}", $"Câu trả lời tối đa {InspectionEntry.AnswerMax} ký tự.");
        }

        var communeId = inspection.CommuneId!.Value;
        foreach (var problem in await storage.CheckAsync(policies.Evidence, files, communeId, HttpContext.RequestAborted))
        {
            ModelState.AddModelError($"answer-{entry}", problem.Message);
            Response.StatusCode = problem.StatusCode;
        }

        if (!ModelState.IsValid)
        {
            AnsweringEntry = entry;
            return await RenderAsync(inspection, Response.StatusCode == 200 ? StatusCodes.Status400BadRequest : Response.StatusCode);
        }

        db.Entry(target).Property(e => e.Version).OriginalValue = version;
        if (!string.IsNullOrEmpty(text))
        {
            target.Answer = text;
        }

        (target.AnsweredByName, target.AnsweredAt) = (User.DisplayName(), Now);
        var stored = await storage.StoreAsync(policies.Evidence, files, communeId, HttpContext.RequestAborted);
        target.Files.AddRange(stored.Select(s => new InspectionFile
        {
            ProvinceId = inspection.ProvinceId,
            CommuneId = communeId,
            FileName = s.FileName,
            StoredName = s.StoredName,
            ContentType = s.ContentType,
            Length = s.Length,
            UploadedAt = Now,
            UploadedById = User.UserId()!,
        }));
        return await SaveAsync(inspection, $"Đã lưu câu trả lời cho tiêu chí “{target.Title}”.", () => storage.Discard(policies.Evidence, communeId, stored.Select(s => s.StoredName)));
    }

    /// <summary>Records the visit: the computed results are frozen as they stood on the visit day.</summary>
    public async Task<IActionResult> OnPostVisitAsync(int id)
    {
        var inspection = await LoadAsync(id, tracked: true);
        if (inspection is null)
        {
            return await this.NotFoundAuditedAsync<Inspection>(db, id);
        }

        if (!InspectionAccess.MayInspect(db.Scope, inspection))
        {
            return await RefuseAsync(inspection, InspectionWorkflow.NotAllowed);
        }

        Visit.Validate(ModelState);
        if (!ModelState.IsValid)
        {
            return await RenderAsync(inspection, StatusCodes.Status400BadRequest);
        }

        await LoadPlacesAsync(inspection);
        var visitOn = Visit.VisitOn;
        var facts = visitOn is { } day && day <= Today
            ? await CommuneFacts.LoadAsync(db, Province, Commune.Id, inspection.Year, day, HttpContext.RequestAborted)
            : null;
        db.Entry(inspection).Property(i => i.Version).OriginalValue = Visit.Version;
        var inspector = db.Scope with { UserName = User.DisplayName() };
        if (InspectionWorkflow.Apply(InspectionStep.Visit, inspection, inspector, Now, Today, visitOn, facts) is { } refusal)
        {
            return await RefuseAsync(inspection, refusal, inspection.Status == InspectionStatus.Open && InspectionAccess.MayInspect(db.Scope, inspection));
        }

        inspection.Inspectors = Visit.Inspectors?.Trim();
        inspection.CommuneRepresentatives = Visit.CommuneRepresentatives?.Trim();
        return await SaveAsync(inspection, $"Đã ghi nhận ngày kiểm tra {DisplayTime.Date(visitOn!.Value)}: kết quả các tiêu chí đã được chốt.");
    }

    /// <summary>Saves the inspector's findings, scores, conclusion and recommendations.</summary>
    public async Task<IActionResult> OnPostReviewAsync(int id)
    {
        var inspection = await LoadAsync(id, tracked: true);
        if (inspection is null)
        {
            return await this.NotFoundAuditedAsync<Inspection>(db, id);
        }

        if (InspectionWorkflow.Refusal(InspectionStep.Review, inspection, db.Scope, Today) is { } refusal)
        {
            return await RefuseAsync(inspection, refusal);
        }

        Review.Validate(ModelState, inspection);
        if (!ModelState.IsValid)
        {
            return await RenderAsync(inspection, StatusCodes.Status400BadRequest, keepReview: true);
        }

        db.Entry(inspection).Property(i => i.Version).OriginalValue = Review.Version;
        Review.ApplyTo(inspection);
        inspection.UpdatedAt = Now;
        return await SaveAsync(inspection, "Đã lưu nhận xét, điểm và kết luận của đoàn kiểm tra.");
    }

    public Task<IActionResult> OnPostCloseAsync(int id, int version) =>
        StepAsync(id, version, InspectionStep.Close, "Đã hoàn thành biên bản kiểm tra: biên bản không thay đổi được nữa.");

    public Task<IActionResult> OnPostReopenAsync(int id, int version) =>
        StepAsync(id, version, InspectionStep.Reopen, "Đã hủy ghi nhận ngày kiểm tra: kết quả các tiêu chí lại được tính theo dữ liệu hiện tại.");

    private async Task<IActionResult> StepAsync(int id, int version, InspectionStep step, string done)
    {
        var inspection = await LoadAsync(id, tracked: true);
        if (inspection is null)
        {
            return await this.NotFoundAuditedAsync<Inspection>(db, id);
        }

        db.Entry(inspection).Property(i => i.Version).OriginalValue = version;
        if (InspectionWorkflow.Apply(step, inspection, db.Scope, Now, Today) is { } refusal)
        {
            return await RefuseAsync(inspection, refusal, InspectionAccess.MayInspect(db.Scope, inspection));
        }

        return await SaveAsync(inspection, done);
    }

    private async Task<IActionResult> SaveAsync(Inspection inspection, string done, Action? undo = null)
    {
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            undo?.Invoke();
            TempData["Flash"] = Conflicts.Message("Cuộc kiểm tra này");
            return Redirect($"/inspections/details/{inspection.Id}");
        }
        catch
        {
            undo?.Invoke();
            throw;
        }

        TempData["Flash"] = done;
        return Redirect($"/inspections/details/{inspection.Id}");
    }

    /// <summary>A refusal: 403 with its reason on the page (400 when the user may act but the input is wrong).</summary>
    private async Task<IActionResult> RefuseAsync(Inspection inspection, string refusal, bool badInput = false)
    {
        ModelState.AddModelError(string.Empty, refusal);
        return await RenderAsync(inspection, badInput ? StatusCodes.Status400BadRequest : StatusCodes.Status403Forbidden);
    }

    private async Task<IActionResult> RenderAsync(Inspection inspection, int status = StatusCodes.Status200OK, bool keepReview = false)
    {
        Inspection = inspection;
        await LoadPlacesAsync(inspection);
        AsOf = inspection.VisitOn ?? Today;
        var live = inspection.IsFrozen ? null : await CommuneFacts.LoadAsync(db, Province, Commune.Id, inspection.Year, AsOf, HttpContext.RequestAborted);
        Entries = inspection.Entries.OrderBy(e => e.Order).Select(e => EntryView.Of(e, live)).ToList();
        MayAnswer = InspectionWorkflow.Refusal(InspectionStep.Answer, inspection, db.Scope, Today) is null;
        MayInspect = InspectionAccess.MayInspect(db.Scope, inspection);
        if (!keepReview)
        {
            Review = ReviewForm.From(inspection);
        }

        if (Visit.VisitOn is null && inspection.Status == InspectionStatus.Open)
        {
            Visit = new VisitForm { VisitOn = Today, Inspectors = Visit.Inspectors, CommuneRepresentatives = Visit.CommuneRepresentatives };
        }

        Visit.Version = inspection.Version;
        Response.StatusCode = status;
        return Page();
    }

    private async Task LoadPlacesAsync(Inspection inspection)
    {
        Commune ??= await db.Communes.AsNoTracking().SingleAsync(c => c.Id == inspection.CommuneId);
        Province ??= await db.Provinces.AsNoTracking().SingleAsync(p => p.Id == inspection.ProvinceId);
    }

    private Task<Inspection?> LoadAsync(int id, bool tracked = false)
    {
        var query = db.Inspections.Include(i => i.Entries).ThenInclude(e => e.Files).AsSplitQuery();
        return (tracked ? query : query.AsNoTracking()).FirstOrDefaultAsync(i => i.Id == id);
    }
}
