using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Feedbacks;
using Loa.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Loa.Demo;

/// <summary>
/// Zalo and SMS in the demo (mock mode: what would be sent is written under the data folder): the Zalo templates get
/// made-up ids, the unit officers of the three real communes choose Zalo for their reminders (once: a restart changes
/// nothing), and the citizens whose feedback waits for approval ticked "Nhận trả lời qua Zalo/SMS" — so approving one
/// shows a Zalo message in .loa/zalo.
/// </summary>
public static class DemoMessages
{
    public static async Task SeedAsync(LoaDbContext db, CancellationToken cancellationToken = default)
    {
        await db.MessageTemplates.Where(t => t.Channel == MessageChannel.Zalo && t.ZnsTemplateId == null && t.Purpose == MessagePurposes.FeedbackAnswered)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.ZnsTemplateId, "100001"), cancellationToken);
        await db.MessageTemplates.Where(t => t.Channel == MessageChannel.Zalo && t.ZnsTemplateId == null && t.Purpose == MessagePurposes.Reminder)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.ZnsTemplateId, "100002"), cancellationToken);
        var now = DateTime.UtcNow;
        var names = DemoData.Communes.Select(c => c.UserName("donvi")).ToList();
        var officers = await db.Users.Where(u => u.IsDemo && names.Contains(u.UserName!) && u.ReminderChannelChosenAt == null)
            .OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        foreach (var (officer, i) in officers.Select((o, i) => (o, i)))
        {
            (officer.ReminderChannel, officer.PhoneNumber, officer.ReminderChannelChosenAt) = (ReminderChannel.Zalo, $"09123400{i:D2}", now);
        }

        await db.SaveChangesAsync(cancellationToken);
        await db.Feedback.IgnoreQueryFilters()
            .Where(f => f.Status == FeedbackStatus.Answered && f.PhoneMessagesConsentAt == null && f.Phone != null)
            .ExecuteUpdateAsync(f => f.SetProperty(x => x.PhoneMessagesConsentAt, x => x.ConsentAt), cancellationToken);
    }
}
