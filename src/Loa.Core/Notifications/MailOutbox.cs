using Loa.Data;

namespace Loa.Notifications;

/// <summary>
/// E-mail's door to the one outbox (<see cref="MessageOutbox"/>): a page or job puts the mail in (<see cref="Enqueue"/>)
/// in the same save as what it tells about; the message worker sends it through <see cref="EmailChannel"/>.
/// </summary>
public static class MailOutbox
{
    public const int MaxAttempts = MessageOutbox.MaxAttempts;

    public static readonly TimeSpan GiveUpAfter = MessageOutbox.GiveUpAfter;

    /// <summary>Whether mail is sent at all (<c>Email:Mode</c> not "Off"): when off, nothing is queued.</summary>
    public static bool Sends(EmailOptions options) => !string.Equals(options.Mode, "Off", StringComparison.OrdinalIgnoreCase);

    /// <summary>Queues a mail, saved with the caller's next save; false (nothing queued) when mail is off.</summary>
    public static bool Enqueue(LoaDbContext db, EmailOptions options, string to, string subject, string body, DateTime now)
    {
        if (!Sends(options))
        {
            return false;
        }

        MessageOutbox.Add(db, MessageChannel.Email, to, subject, body, now);
        return true;
    }

    /// <summary>Sends the e-mails that are due (only e-mail: the other channels wait for the worker); returns how many went out.</summary>
    public static Task<int> SendPendingAsync(
        LoaDbContext db, EmailOptions options, string dataDirectory, DateTime now, CancellationToken cancellationToken = default) =>
        MessageOutbox.SendPendingAsync(db, [new EmailChannel(options, dataDirectory)], now, cancellationToken);
}
