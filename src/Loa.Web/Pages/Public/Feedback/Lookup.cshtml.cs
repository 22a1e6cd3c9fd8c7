using Loa.Data;
using Loa.Feedbacks;
using Loa.Web.Infrastructure.Portal;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Pages.Public.Feedback;

/// <summary>
/// Looking a feedback up by its tracking code (posted, never in the address; rate-limited): its status, dates and
/// the approved answer, and nothing of the sender — the query does not even read their data. The anti-automation
/// timing of the public forms (<see cref="HumanCheck"/>) is not applied: a citizen looks up the code the receipt has
/// just shown them (the receipt's button posts it here), at once and as often as they like, and the rate limit on
/// look-ups is what stops guessing (a code is 80 random bits).
/// </summary>
[EnableRateLimiting(PublicLimits.Lookups)]
[NoStore]
public sealed class LookupModel(LoaDbContext db) : PortalPageModel(db)
{
    [BindProperty]
    public string? TrackingCode { get; set; }

    public LookupResult? Result { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadProfileAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadProfileAsync();
        var hash = Loa.Feedbacks.TrackingCode.Hash(TrackingCode);
        if (hash is null)
        {
            ModelState.AddModelError(nameof(TrackingCode), "Mã tra cứu gồm 16 ký tự chữ và số, ví dụ K7QM-4XRT-9DHW-2BNF. Hãy kiểm tra lại.");
            return Page();
        }

        Result = await Db.Feedback.AsNoTracking()
            .Where(f => f.TrackingHash == hash && f.CommuneId == Commune.Id)
            .Select(f => new LookupResult(
                f.Status,
                f.Category,
                f.ReceivedAt,
                f.DueOn,
                Db.Units.Where(u => u.Id == f.AssignedUnitId).Select(u => u.Name).FirstOrDefault(),
                f.Status == FeedbackStatus.Approved || f.Status == FeedbackStatus.Published ? f.Answer : null,
                f.ApprovedAt,
                f.PublishedAt,
                f.RejectionKind,
                f.RejectionReason))
            .FirstOrDefaultAsync(HttpContext.RequestAborted);
        if (Result is null)
        {
            ModelState.AddModelError(nameof(TrackingCode), "Không tìm thấy phản ánh, kiến nghị nào có mã này tại " + Commune.GovernmentShort + ". Hãy kiểm tra lại mã (và đúng xã, phường đã gửi).");
        }

        TrackingCode = null;
        return Page();
    }
}

/// <summary>What a look-up shows: never the sender's name, address, phone, e-mail or the content.</summary>
public sealed record LookupResult(
    FeedbackStatus Status,
    FeedbackCategory Category,
    DateTime ReceivedAt,
    DateOnly DueOn,
    string? Unit,
    string? Answer,
    DateTime? AnsweredAt,
    DateTime? PublishedAt,
    RejectionKind? RejectionKind,
    string? RejectionReason);
