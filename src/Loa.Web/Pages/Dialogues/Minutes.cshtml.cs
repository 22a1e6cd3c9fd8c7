using System.Globalization;
using Loa.Data;
using Loa.Dialogues;
using Loa.Notifications;
using Loa.Web.Infrastructure.Audit;
using Loa.Web.Infrastructure.Security;
using Loa.Web.Infrastructure.Uploads;
using Loa.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Dialogues;

/// <summary>
/// The minutes of a held dialogue: the coordinator records the attendance (total, of which citizens and businesses), the
/// conclusion and photos (cleaned of metadata); the answers come from the question topics. Saving them tells the chair that
/// they wait for approval and keeps the activity's reach equal to the attendance.
/// </summary>
[Authorize(Policy = Policies.CommuneStaff)]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class MinutesModel(LoaDbContext db, TimeProvider time, AuditLog audit, UploadStore storage) : PageModel
{
    public const long MaxRequestBytes = (10 * DialoguePhotoPolicy.MaxBytes) + (1024 * 1024);

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public int? Attendance { get; set; }

    [BindProperty]
    public int? CitizenAttendance { get; set; }

    [BindProperty]
    public int? BusinessAttendance { get; set; }

    [BindProperty]
    public string? Conclusion { get; set; }

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    [BindProperty]
    public int PhotoId { get; set; }

    public Dialogue Item { get; private set; } = null!;

    public IReadOnlyDictionary<int, string> UnitNames { get; private set; } = new Dictionary<int, string>();

    public DateTime Now { get; private set; }

    public bool MayRecord => DialogueWorkflow.May(DialogueStep.RecordMinutes, db.Scope.Role, Item, Now);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await LoadAsync(id) is { } missing)
        {
            return missing;
        }

        (Version, Attendance, CitizenAttendance, BusinessAttendance, Conclusion) =
            (Item.Version, Item.Attendance, Item.CitizenAttendance, Item.BusinessAttendance, Item.Conclusion);
        return Page();
    }

    public async Task<IActionResult> OnGetPhotoAsync(int id, int photo, bool thumbnail = false)
    {
        if (await LoadAsync(id) is { } missing)
        {
            return missing;
        }

        return PhotoFile(storage, Item, photo, thumbnail) is { } file ? file : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(int id)
    {
        if (await CheckAsync(id) is { } answer)
        {
            return answer;
        }

        var cancel = HttpContext.RequestAborted;
        var uploads = Files.Where(f => f is not null).ToList();
        foreach (var problem in await storage.CheckAsync(DialoguePhotoPolicy.Photos, uploads, Item.CommuneId, cancel))
        {
            ModelState.AddModelError(nameof(Files), problem.Message);
        }

        var tracked = await db.Dialogues.FirstAsync(d => d.Id == id, cancel);
        db.Entry(tracked).Property(d => d.Version).OriginalValue = Version;
        var refusal = DialogueWorkflow.RecordMinutes(
            tracked, db.Scope.Role, db.Scope.UserId!, Now, Attendance, CitizenAttendance, BusinessAttendance, Conclusion);
        if (refusal is not null)
        {
            ModelState.AddModelError(nameof(Attendance), refusal);
        }

        if (!ModelState.IsValid)
        {
            db.ChangeTracker.Clear();
            return Page();
        }

        var stored = await storage.StoreAsync(DialoguePhotoPolicy.Photos, uploads, Item.CommuneId!.Value, cancel);
        foreach (var file in stored)
        {
            db.DialoguePhotos.Add(new DialoguePhoto
            {
                ProvinceId = tracked.ProvinceId,
                CommuneId = tracked.CommuneId,
                DialogueId = id,
                FileName = file.FileName,
                StoredName = file.StoredName,
                ThumbnailName = file.ThumbnailName,
                ContentType = file.ContentType,
                Length = file.Length,
                UploadedAt = Now,
            });
        }

        var portal = await DialogueQueries.PortalPathAsync(db, tracked.CommuneId, cancel);
        await DialogueActivities.SyncAsync(db, tracked, db.Scope.UserId!, portal, Now, cancel);
        if (tracked.HasMinutes)
        {
            var chair = await db.Users.AsNoTracking().Where(u => u.Id == tracked.ChairId)
                .Select(u => new { u.Id, u.ProvinceId, u.CommuneId }).FirstOrDefaultAsync(cancel);
            if (chair is not null)
            {
                await Notifier.NotifyAsync(db, [(chair.Id, chair.ProvinceId, chair.CommuneId)], "Biên bản chờ duyệt",
                    $"Biên bản {tracked.Kind.Label().ToLowerInvariant()} “{tracked.Subject}” đã được ghi, chờ lãnh đạo duyệt.", $"/dialogues/details/{id}",
                    $"dialogue-approve:{id}:{tracked.Version}", Now, save: false, cancellationToken: cancel);
            }
        }

        try
        {
            await db.SaveChangesAsync(cancel);
        }
        catch (DbUpdateConcurrencyException)
        {
            storage.Discard(DialoguePhotoPolicy.Photos, Item.CommuneId!.Value, stored.SelectMany(s => new[] { s.StoredName, s.ThumbnailName }));
            db.ChangeTracker.Clear();
            ModelState.AddModelError(string.Empty, Conflicts.Message("Biên bản này"));
            return Page();
        }
        catch
        {
            storage.Discard(DialoguePhotoPolicy.Photos, Item.CommuneId!.Value, stored.SelectMany(s => new[] { s.StoredName, s.ThumbnailName }));
            throw;
        }

        await audit.WriteAsync("minutes", succeeded: true, nameof(Dialogue), id.ToString(CultureInfo.InvariantCulture), $"{stored.Count} photos");
        TempData["Flash"] = tracked.HasMinutes ? "Đã lưu biên bản; lãnh đạo chủ trì được báo để duyệt." : "Đã lưu biên bản (chưa đủ để duyệt: cần kết luận).";
        return Redirect($"/dialogues/minutes/{id}");
    }

    public async Task<IActionResult> OnPostDeletePhotoAsync(int id)
    {
        if (await CheckAsync(id) is { } answer)
        {
            return answer;
        }

        var photo = await db.DialoguePhotos.FirstOrDefaultAsync(p => p.Id == PhotoId && p.DialogueId == id, HttpContext.RequestAborted);
        if (photo is null)
        {
            return NotFound();
        }

        db.DialoguePhotos.Remove(photo);
        await db.SaveChangesAsync(HttpContext.RequestAborted);
        storage.Discard(DialoguePhotoPolicy.Photos, Item.CommuneId!.Value, [photo.StoredName, photo.ThumbnailName]);
        TempData["Flash"] = $"Đã xóa ảnh “{photo.FileName}”.";
        return Redirect($"/dialogues/minutes/{id}");
    }

    /// <summary>A photo of the dialogue (or its thumbnail) from the store, or null when it is not there.</summary>
    public static IActionResult? PhotoFile(UploadStore storage, Dialogue dialogue, int photoId, bool thumbnail)
    {
        var photo = dialogue.Photos.FirstOrDefault(p => p.Id == photoId);
        var name = thumbnail ? photo?.ThumbnailName ?? photo?.StoredName : photo?.StoredName;
        if (photo is null || name is null)
        {
            return null;
        }

        var path = storage.PathOf(DialoguePhotoPolicy.Photos, dialogue.CommuneId!.Value, name);
        return System.IO.File.Exists(path) ? new PhysicalFileResult(path, thumbnail ? "image/jpeg" : photo.ContentType) : null;
    }

    private async Task<IActionResult?> CheckAsync(int id)
    {
        if (await LoadAsync(id) is { } missing)
        {
            return missing;
        }

        if (!MayRecord)
        {
            if (!DialogueWorkflow.MayEver(DialogueStep.RecordMinutes, db.Scope.Role))
            {
                return await this.DenyAsync("dialogue minutes");
            }

            ModelState.AddModelError(string.Empty, DialogueWorkflow.Refusal(DialogueStep.RecordMinutes, Item, Now));
            return Page();
        }

        return null;
    }

    private async Task<IActionResult?> LoadAsync(int id)
    {
        Now = time.GetUtcNow().UtcDateTime;
        var found = await DialogueQueries.FindAsync(db, id, tracked: false, HttpContext.RequestAborted);
        if (found is null || !DialogueAccess.MaySee(db.Scope.Role))
        {
            return await this.NotFoundAuditedAsync<Dialogue>(db, id);
        }

        Item = found;
        UnitNames = await db.Units.AsNoTracking().Where(u => u.CommuneId == found.CommuneId)
            .ToDictionaryAsync(u => u.Id, u => u.Name, HttpContext.RequestAborted);
        return null;
    }
}
