using System.Net;
using System.Net.Mail;
using System.Text;
using Loa.Data;
using Loa.Domain.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Loa.Notifications;

/// <summary>Where e-mail goes: an SMTP server, or (in demo mode and tests) a folder of .eml files; "Off" sends nothing.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    /// <summary>"Folder", "Smtp" or "Off".</summary>
    public string Mode { get; set; } = "Off";

    public string From { get; set; } = "Loa <khong-tra-loi@loa.local>";

    public string? Folder { get; set; }

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public bool EnableSsl { get; set; } = true;

    /// <summary>
    /// The address put in front of in-app links in e-mails ("https://loa.example.gov.vn"): the web app sets it from
    /// <c>Loa:PublicAddress</c>. Without it an e-mail names the page instead of printing a bare path.
    /// </summary>
    public string? SiteAddress { get; set; }
}

/// <summary>
/// The copies of notifications outside Loa: each notification not yet sent out goes, in the outbox
/// (<see cref="MessageOutbox"/>), where its person chose (<see cref="MessageConsent.ForOfficer"/>): by e-mail (the
/// default), or by Zalo or SMS from the "reminder" template; it is marked in the same save. Then the outbox is sent.
/// </summary>
public static class EmailDispatch
{
    public static async Task<int> SendPendingAsync(
        LoaDbContext db, EmailOptions options, string dataDirectory, DateTime now, CancellationToken cancellationToken = default)
    {
        await QueueNotificationsAsync(db, options, now, cancellationToken);
        return await MailOutbox.SendPendingAsync(db, options, dataDirectory, now, cancellationToken);
    }

    /// <summary>Puts the e-mail copies of the last two days' notifications in the outbox (e-mail only); returns how many.</summary>
    public static Task<int> QueueNotificationsAsync(LoaDbContext db, EmailOptions options, DateTime now, CancellationToken cancellationToken = default) =>
        QueueNotificationsAsync(db, options, new MessageChannelSet([new EmailChannel(options, "")]), now, cancellationToken);

    /// <summary>Puts the copies of the last two days' notifications not yet sent out in the outbox, by each person's channel; returns how many.</summary>
    public static async Task<int> QueueNotificationsAsync(
        LoaDbContext db, EmailOptions options, MessageChannelSet channels, DateTime now, CancellationToken cancellationToken = default)
    {
        var templates = await db.MessageTemplates.AsNoTracking()
            .Where(t => t.Purpose == MessagePurposes.Reminder && t.IsEnabled).ToListAsync(cancellationToken);
        var zalo = templates.FirstOrDefault(t => t.Channel == MessageChannel.Zalo && channels.IsOn(MessageChannel.Zalo) && t.ZnsTemplateId != null);
        var sms = templates.FirstOrDefault(t => t.Channel == MessageChannel.Sms && channels.IsOn(MessageChannel.Sms));
        var (emailOn, zaloOn, smsOn) = (channels.IsOn(MessageChannel.Email) && MailOutbox.Sends(options), zalo is not null, sms is not null);
        if (!emailOn && !zaloOn && !smsOn)
        {
            return 0;
        }

        var since = now.AddDays(-2);
        var people = db.Users.Where(u => !u.IsDisabled && (
            (u.ReminderChannel == ReminderChannel.Email && u.Email != null && emailOn)
            || (u.ReminderChannel == ReminderChannel.Zalo && u.PhoneNumber != null && u.ReminderChannelChosenAt != null && zaloOn)
            || (u.ReminderChannel == ReminderChannel.Sms && u.PhoneNumber != null && u.ReminderChannelChosenAt != null && smsOn)));
        var pending = await db.Notifications.Where(n => n.EmailedAt == null && n.CreatedAt >= since)
            .Join(people, n => n.UserId, u => u.Id,
                (n, u) => new { Notification = n, u.Email, u.FullName, u.PhoneNumber, u.ReminderChannel, u.ReminderChannelChosenAt })
            .OrderBy(x => x.Notification.Id)
            .Take(500)
            .ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var item in pending)
        {
            var n = item.Notification;
            n.EmailedAt = now;
            var target = MessageConsent.ForOfficer(item.ReminderChannel, item.Email, item.PhoneNumber, item.ReminderChannelChosenAt, channels.IsOn);
            if (target is not { } t)
            {
                continue;
            }

            if (t.Channel == MessageChannel.Email)
            {
                var body = $"Kính gửi {item.FullName},\n\n{n.Body}{LinkLine(options, n.Link)}\n\n— Loa, hệ thống kế hoạch thông tin, tuyên truyền CCHC";
                MailOutbox.Enqueue(db, options, t.To, n.Title, body, now);
                queued++;
                continue;
            }

            var link = n.Link is { } l && options.SiteAddress is { Length: > 0 } site ? $"{site.TrimEnd('/')}{l}" : "";
            var values = new Dictionary<string, string> { ["name"] = item.FullName, ["title"] = n.Title, ["link"] = link };
            if (MessageOutbox.AddFromTemplate(db, t.Channel == MessageChannel.Zalo ? zalo : sms, t.To, values, now) is not null)
            {
                queued++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return queued;
    }

    /// <summary>The link of a notification in its e-mail: absolute, or (no address configured) where to find it in Loa.</summary>
    public static string LinkLine(EmailOptions options, string? link) => link switch
    {
        null => "",
        _ when options.SiteAddress is { Length: > 0 } site => $"\n\n{site.TrimEnd('/')}{link}",
        _ => "\n\nĐăng nhập Loa và mở mục Thông báo để xem chi tiết.",
    };
}

/// <summary>How one mail leaves: an SMTP server, or a folder of .eml files (demo mode and tests). Only the outbox calls it.</summary>
internal static class MailTransport
{
    public static async Task SendAsync(EmailOptions options, string dataDirectory, string to, string subject, string body, CancellationToken cancellationToken)
    {
        using var message = new MailMessage(options.From, to, subject, body) { BodyEncoding = Encoding.UTF8, SubjectEncoding = Encoding.UTF8 };
        if (string.Equals(options.Mode, "Smtp", StringComparison.OrdinalIgnoreCase))
        {
            using var client = new SmtpClient(options.Host, options.Port) { EnableSsl = options.EnableSsl };
            if (options.UserName is { Length: > 0 })
            {
                client.Credentials = new NetworkCredential(options.UserName, options.Password);
            }

            await client.SendMailAsync(message, cancellationToken);
        }
        else
        {
            var folder = options.Folder is { Length: > 0 } f ? f : Path.Combine(dataDirectory, "mail");
            Directory.CreateDirectory(folder);
            using var client = new SmtpClient { DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory, PickupDirectoryLocation = folder };
            await client.SendMailAsync(message, cancellationToken);
        }
    }
}
