using Loa.Data;
using Microsoft.EntityFrameworkCore;

namespace Loa.Notifications;

/// <summary>
/// The one outbox of every message Loa sends: e-mail, Zalo, SMS. A page or job puts the message in (<see cref="Add"/>,
/// <see cref="AddFromTemplate"/>, <see cref="MailOutbox.Enqueue"/>) in the same save as what it tells about; the message
/// worker sends what is due (<see cref="SendPendingAsync"/>) through its channel. A failure is tried again after a
/// growing pause (<see cref="Backoff"/>), at most <see cref="MaxAttempts"/> times; a permanent refusal or a message
/// older than <see cref="GiveUpAfter"/> is given up. The content is dropped once the message is sent or given up.
/// </summary>
public static class MessageOutbox
{
    public const int MaxAttempts = 5;

    public const int BatchSize = 200;

    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromDays(2);

    /// <summary>The pause after the n-th failure: 1, 2, 4, 8 … minutes, at most an hour.</summary>
    public static TimeSpan Backoff(int attempts) =>
        TimeSpan.FromMinutes(Math.Min(60, Math.Pow(2, Math.Clamp(attempts, 1, 7) - 1)));

    /// <summary>Adds a message (saved with the caller's next save).</summary>
    public static OutgoingMessage Add(LoaDbContext db, MessageChannel channel, string to, string subject, string? body, DateTime now)
    {
        var message = new OutgoingMessage { Channel = channel, To = to.Trim(), Subject = Cut(subject, 300), Body = body, CreatedAt = now };
        db.OutgoingMessages.Add(message);
        return message;
    }

    /// <summary>
    /// Adds a Zalo or SMS message written from <paramref name="template"/> with these values; null (nothing added) when the
    /// template is off or, for Zalo, has no approved template id.
    /// </summary>
    public static OutgoingMessage? AddFromTemplate(
        LoaDbContext db, MessageTemplate? template, string phone, IReadOnlyDictionary<string, string> values, DateTime now)
    {
        if (template is not { IsEnabled: true } || (template.Channel == MessageChannel.Zalo && string.IsNullOrWhiteSpace(template.ZnsTemplateId)))
        {
            return null;
        }

        var message = Add(db, template.Channel, phone, template.Name, null, now);
        message.Purpose = template.Purpose;
        if (template.Channel == MessageChannel.Zalo)
        {
            message.TemplateId = template.ZnsTemplateId!.Trim();
            message.Parameters = MessageTemplates.RenderParameters(template.ZnsParameters, values);
        }
        else
        {
            message.Body = Cut(MessageTemplates.Render(template.Text, values), 8000);
        }

        return message;
    }

    /// <summary>Sends the due messages of the channels that are on, oldest first, each saved before the next; returns how many went out.</summary>
    public static async Task<int> SendPendingAsync(
        LoaDbContext db, IReadOnlyCollection<IMessageChannel> channels, DateTime now, CancellationToken cancellationToken = default)
    {
        var on = channels.Where(c => c.IsOn).ToDictionary(c => c.Channel);
        if (on.Count == 0)
        {
            return 0;
        }

        var kinds = on.Keys.ToList();
        var due = await db.OutgoingMessages
            .Where(m => (m.State == MessageState.Waiting || m.State == MessageState.Failed) && kinds.Contains(m.Channel)
                && (m.NextAttemptAt == null || m.NextAttemptAt <= now))
            .OrderBy(m => m.Id).Take(BatchSize).ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var message in due)
        {
            if ((message.Body is null && message.Parameters is null) || now - message.CreatedAt > GiveUpAfter)
            {
                GiveUp(message, now);
            }
            else
            {
                try
                {
                    await on[message.Channel].SendAsync(message, cancellationToken);
                    (message.State, message.SentAt, message.NextAttemptAt, message.LastError) = (MessageState.Sent, now, null, null);
                    (message.Body, message.Parameters) = (null, null);
                    sent++;
                }
                catch (MessageSendException e)
                {
                    Failed(message, e, now);
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        return sent;
    }

    /// <summary>Records a failure: tried again after <see cref="Backoff"/>, or given up when permanent or the last attempt.</summary>
    public static void Failed(OutgoingMessage message, MessageSendException failure, DateTime now)
    {
        message.Attempts++;
        message.LastError = Cut(failure.Kind, 200);
        if (failure.Permanent || message.Attempts >= MaxAttempts)
        {
            GiveUp(message, now);
        }
        else
        {
            (message.State, message.NextAttemptAt) = (MessageState.Failed, now + Backoff(message.Attempts));
        }
    }

    private static void GiveUp(OutgoingMessage message, DateTime now) =>
        (message.State, message.GivenUpAt, message.NextAttemptAt, message.Body, message.Parameters) = (MessageState.GivenUp, now, null, null, null);

    private static string Cut(string text, int max) => text.Length > max ? text[..max] : text;
}
