using Loa.Data;
using Loa.Notifications;
using Loa.Web.Infrastructure.Portal;
using Microsoft.EntityFrameworkCore;
using FeedbackItem = Loa.Feedbacks.Feedback;

namespace Loa.Web.Infrastructure.Notifications;

/// <summary>
/// Tells a citizen who consented that their feedback has its answer, by Zalo or SMS (<see cref="CitizenMessages"/>), in
/// the same save as the approval: the feedback's number, the commune, and the look-up page where the tracking code opens it.
/// </summary>
public sealed class CitizenAnswerNotice(LoaDbContext db, MessageChannelSet channels, PortalDirectory directory, PortalAddress address)
{
    public async Task<MessageChannel?> QueueAsync(FeedbackItem feedback, HttpRequest request, DateTime now)
    {
        var code = await db.Communes.AsNoTracking().Where(c => c.Id == feedback.CommuneId).Select(c => c.Code).FirstOrDefaultAsync();
        if (await directory.FindAsync(code) is not { } commune)
        {
            return null;
        }

        var link = address.Of(request, $"{commune.Path}/feedback/lookup");
        return await CitizenMessages.QueueAnsweredAsync(db, channels, feedback, commune.GovernmentShort, link, now);
    }

    /// <summary>What the officer is told besides the approval.</summary>
    public static string Flash(MessageChannel? channel) => channel switch
    {
        MessageChannel.Zalo => " Người gửi được báo qua Zalo.",
        MessageChannel.Sms => " Người gửi được báo qua tin nhắn SMS.",
        _ => "",
    };
}
