using Loa.Data;
using Loa.Domain;
using Loa.Domain.Accounts;
using Loa.Feedbacks;
using Loa.Notifications;
using Loa.Text;
using Loa.Web.Infrastructure;
using Loa.Web.Infrastructure.Notifications;
using Loa.Web.Infrastructure.Portal;
using Loa.Web.Infrastructure.Uploads;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using FeedbackItem = Loa.Feedbacks.Feedback;

namespace Loa.Web.Pages.Public.Feedback;

/// <summary>
/// The citizen's feedback form. First the question whether it is a complaint or a denunciation (those are pointed to
/// their own procedures and not taken here); then the fields of Nghị định 20/2008/NĐ-CP art. 7, an unticked consent
/// and optional images or PDF. On success the tracking code is shown once (and e-mailed if an address was given).
/// </summary>
[EnableRateLimiting(PublicLimits.Posts)]
[NoStore]
[PortalIntake]
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class IndexModel(
    LoaDbContext db,
    TimeProvider time,
    HumanCheck humanCheck,
    UploadStore storage,
    UploadPolicies policies,
    IOptions<FeedbackOptions> options,
    IOptions<EmailOptions> email,
    PortalAddress address,
    MailSignal mailSignal,
    MessageChannelSet channels) : PortalPageModel(db)
{
    public const long MaxRequestBytes = 30L * 1024 * 1024;

    /// <summary>The answer to the first question: "phan-anh" (feedback), "khieu-nai" (complaint), "to-cao" (denunciation).</summary>
    [BindProperty(SupportsGet = true, Name = "loai")]
    public string? Kind { get; set; }

    [BindProperty]
    public FeedbackInput Input { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public UploadPolicy Attachments => policies.FeedbackAttachment;

    public int PublishedCount { get; private set; }

    /// <summary>"Zalo/SMS", "Zalo" or "SMS" by the channels that are on; null (no box) when neither is.</summary>
    public string? PhoneMessagesOffered => (channels.IsOn(MessageChannel.Zalo), channels.IsOn(MessageChannel.Sms)) switch
    {
        (true, true) => "Zalo/SMS",
        (true, false) => "Zalo",
        (false, true) => "SMS",
        _ => null,
    };

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadProfileAsync();
        PublishedCount = await Db.Feedback.CountAsync(f => f.CommuneId == Commune.Id && f.Status == FeedbackStatus.Published, HttpContext.RequestAborted);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadProfileAsync();
        Kind = "phan-anh";
        var cancel = HttpContext.RequestAborted;
        if (await humanCheck.ProblemAsync(Request.Form, HttpContext.RequestAborted) is { } robot)
        {
            ModelState.AddModelError(string.Empty, robot);
            return Page();
        }

        foreach (var (field, message) in Input.Problems())
        {
            ModelState.AddModelError(field, message);
        }

        var uploads = Files.Where(f => f is not null).ToList();
        foreach (var problem in await storage.CheckAsync(policies.FeedbackAttachment, uploads, Commune.Id, cancel))
        {
            ModelState.AddModelError(nameof(Files), problem.Message);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var now = time.GetUtcNow().UtcDateTime;
        var code = TrackingCode.New();
        var feedback = new FeedbackItem
        {
            ProvinceId = Commune.ProvinceId,
            CommuneId = Commune.Id,
            TrackingHash = TrackingCode.Hash(code)!,
            Category = Input.Category,
            Subject = Input.SubjectOrStart(),
            Content = Input.Content!.Trim(),
            Name = Input.Name!.Trim(),
            Address = Input.Address!.Trim(),
            Phone = Input.Phone!.Trim(),
            Email = string.IsNullOrWhiteSpace(Input.Email) ? null : Input.Email.Trim(),
            ConsentAt = now,
            PhoneMessagesConsentAt = Input.PhoneMessages && PhoneMessagesOffered is not null ? now : null,
            Status = FeedbackStatus.Received,
            ReceivedAt = now,
            DueOn = FeedbackDeadline.DueOn(VietnamTime.Today(time), options.Value.ProcessingWorkingDays),
        };
        var files = await storage.StoreAsync(policies.FeedbackAttachment, uploads, Commune.Id, cancel);
        var stored = UploadRecords.FeedbackAttachments(files, Commune.ProvinceId, Commune.Id);
        feedback.Attachments = stored;
        Db.Feedback.Add(feedback);
        var mailed = feedback.Email is { } to && QueueReceipt(to, code, feedback.DueOn, now);
        try
        {
            await FeedbackNumbering.SaveNewAsync(Db, feedback, cancel);
        }
        catch
        {
            storage.Discard(policies.FeedbackAttachment, Commune.Id, stored.Select(a => a.StoredName));
            throw;
        }

        await Notifier.NotifyAsync(Db, await Recipients.CommuneStaffAsync(Db, Commune.Id, [UserRole.Coordinator], cancel),
            "Có phản ánh, kiến nghị mới", $"{feedback.Category.Label()}: {feedback.Subject}. Hạn xử lý {DocumentDate.Numeric(feedback.DueOn)}.",
            $"/feedback/details/{feedback.Id}", $"feedback-new:{feedback.Id}", now, cancellationToken: cancel);
        mailSignal.Ring();

        TempData["FeedbackCode"] = code;
        TempData["FeedbackDue"] = DocumentDate.Numeric(feedback.DueOn);
        TempData["FeedbackMailed"] = mailed;
        return Redirect($"{Commune.Path}/feedback/sent");
    }

    /// <summary>
    /// The receipt by e-mail, put in the outbox with the feedback itself (sent by the mail worker at once; a failure to
    /// send cannot lose the feedback, and the code is never logged).
    /// </summary>
    private bool QueueReceipt(string to, string code, DateOnly due, DateTime now)
    {
        var body = $"""
            {Commune.GovernmentShort} đã nhận phản ánh, kiến nghị của bạn.

            Mã tra cứu: {code}
            Hạn xử lý dự kiến: {DocumentDate.Numeric(due)}

            Để xem kết quả xử lý, hãy vào {address.Of(Request, $"{Commune.Path}/feedback/lookup")} và nhập mã tra cứu. Xin giữ kín mã này: ai có mã cũng xem được kết quả trả lời (không xem được thông tin cá nhân của bạn).

            Thư này được gửi tự động, xin không trả lời.
            """;
        return MailOutbox.Enqueue(Db, email.Value, to, $"Mã tra cứu phản ánh, kiến nghị gửi {Commune.GovernmentShort}", body, now);
    }
}
