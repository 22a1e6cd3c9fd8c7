using System.Net;
using System.Net.Mail;
using System.Text;
using Loa.Data;
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
/// The e-mail copy of notifications: each notification not yet e-mailed, to a person with an address, is put in the
/// outbox (<see cref="MailOutbox"/>) and marked e-mailed in one save; then the outbox is sent.
/// </summary>
public static class EmailDispatch
{
    public static async Task<int> SendPendingAsync(
        LoaDbContext db, EmailOptions options, string dataDirectory, DateTime now, CancellationToken cancellationToken = default)
    {
        await QueueNotificationsAsync(db, options, now, cancellationToken);
        return await MailOutbox.SendPendingAsync(db, options, dataDirectory, now, cancellationToken);
    }

    /// <summary>Puts the copies of the last two days' notifications not yet e-mailed in the outbox; returns how many.</summary>
    public static async Task<int> QueueNotificationsAsync(LoaDbContext db, EmailOptions options, DateTime now, CancellationToken cancellationToken = default)
    {
        if (!MailOutbox.Sends(options))
        {
            return 0;
        }

        var since = now.AddDays(-2);
        var pending = await db.Notifications.Where(n => n.EmailedAt == null && n.CreatedAt >= since)
            .Join(db.Users.Where(u => u.Email != null && !u.IsDisabled), n => n.UserId, u => u.Id, (n, u) => new { Notification = n, u.Email, u.FullName })
            .OrderBy(x => x.Notification.Id)
            .Take(500)
            .ToListAsync(cancellationToken);
        foreach (var item in pending)
        {
            var link = LinkLine(options, item.Notification.Link);
            var body = $"Kính gửi {item.FullName},\n\n{item.Notification.Body}{link}\n\n— Loa, hệ thống kế hoạch thông tin, tuyên truyền CCHC";
            MailOutbox.Enqueue(db, options, item.Email!, item.Notification.Title, body, now);
            item.Notification.EmailedAt = now;
        }

        await db.SaveChangesAsync(cancellationToken);
        return pending.Count;
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
