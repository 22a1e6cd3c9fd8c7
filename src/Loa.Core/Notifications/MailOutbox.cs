using System.Net.Mail;
using Loa.Data;
using Microsoft.EntityFrameworkCore;

namespace Loa.Notifications;

/// <summary>
/// The one way Loa sends e-mail. A page or job puts the mail in the outbox (<see cref="Enqueue"/>) in the same save as
/// what it tells about, so that a mail goes out exactly when that change is kept; the mail worker then sends what waits
/// (<see cref="SendPendingAsync"/>) through <see cref="MailTransport"/>, retrying a failure a few times. The body is
/// dropped once the mail is sent or given up.
/// </summary>
public static class MailOutbox
{
    public const int MaxAttempts = 5;

    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromDays(2);

    /// <summary>Whether mail is sent at all (<c>Email:Mode</c> not "Off"): when off, nothing is queued.</summary>
    public static bool Sends(EmailOptions options) => !string.Equals(options.Mode, "Off", StringComparison.OrdinalIgnoreCase);

    /// <summary>Queues a mail, saved with the caller's next save; false (nothing queued) when mail is off.</summary>
    public static bool Enqueue(LoaDbContext db, EmailOptions options, string to, string subject, string body, DateTime now)
    {
        if (!Sends(options))
        {
            return false;
        }

        db.OutgoingMails.Add(new OutgoingMail { To = to.Trim(), Subject = subject, Body = body, CreatedAt = now });
        return true;
    }

    /// <summary>Sends the mails that wait, oldest first, each saved as sent (or failed) before the next; returns how many went out.</summary>
    public static async Task<int> SendPendingAsync(
        LoaDbContext db, EmailOptions options, string dataDirectory, DateTime now, CancellationToken cancellationToken = default)
    {
        if (!Sends(options))
        {
            return 0;
        }

        var waiting = await db.OutgoingMails.Where(m => m.SentAt == null && m.GivenUpAt == null).OrderBy(m => m.Id).Take(200).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var mail in waiting)
        {
            if (mail.Body is null || now - mail.CreatedAt > GiveUpAfter)
            {
                GiveUp(mail, now);
            }
            else
            {
                try
                {
                    await MailTransport.SendAsync(options, dataDirectory, mail.To, mail.Subject, mail.Body, cancellationToken);
                    (mail.SentAt, mail.Body, mail.LastError) = (now, null, null);
                    sent++;
                }
                catch (Exception e) when (e is SmtpException or IOException or InvalidOperationException or FormatException or UnauthorizedAccessException)
                {
                    mail.Attempts++;
                    mail.LastError = e.GetType().Name;
                    if (mail.Attempts >= MaxAttempts)
                    {
                        GiveUp(mail, now);
                    }
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return sent;
    }

    private static void GiveUp(OutgoingMail mail, DateTime now) => (mail.GivenUpAt, mail.Body) = (now, null);
}
