using Loa.Data;
using Loa.Feedbacks;
using Microsoft.EntityFrameworkCore;

namespace Loa.Notifications;

/// <summary>The messages to citizens outside Loa: the notice that their feedback has its answer, by Zalo or SMS when they consented.</summary>
public static class CitizenMessages
{
    /// <summary>
    /// Puts the "your feedback is answered" notice in the outbox (saved with the caller's save of the step), by the
    /// channel <see cref="MessageConsent.ForCitizen"/> gives; returns the channel, or null when nothing is sent.
    /// The tracking code itself is not kept by Loa, so the message names the feedback's number and the look-up page.
    /// </summary>
    public static async Task<MessageChannel?> QueueAnsweredAsync(
        LoaDbContext db, MessageChannelSet channels, Feedback feedback, string commune, string lookupLink, DateTime now,
        CancellationToken cancellationToken = default)
    {
        if (MessageConsent.ForCitizen(feedback, channels.IsOn(MessageChannel.Zalo), channels.IsOn(MessageChannel.Sms)) is not { } target)
        {
            return null;
        }

        var template = await db.MessageTemplates.AsNoTracking()
            .SingleOrDefaultAsync(t => t.Purpose == MessagePurposes.FeedbackAnswered && t.Channel == target.Channel, cancellationToken);
        var values = new Dictionary<string, string>
        {
            ["number"] = feedback.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["commune"] = commune,
            ["link"] = lookupLink,
        };
        return MessageOutbox.AddFromTemplate(db, template, target.Phone, values, now) is not null ? target.Channel : null;
    }
}
