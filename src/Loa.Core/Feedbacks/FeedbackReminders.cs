using Loa.Data;
using Loa.Domain.Accounts;
using Loa.Feedbacks;
using Loa.Notifications;
using Loa.Text;
using Microsoft.EntityFrameworkCore;

namespace Loa.Feedbacks;

/// <summary>
/// Reminders about feedback still waiting for the commune: due within two working days, or overdue. They go to the
/// assigned unit's officers (or, while nobody is assigned, to the coordinator) and, when overdue, to the leader too;
/// once per feedback and kind.
/// </summary>
public static class FeedbackReminders
{
    public static async Task<int> RunAsync(LoaDbContext db, DateOnly today, DateTime now, CancellationToken cancellationToken = default)
    {
        var horizon = FeedbackDeadline.AddWorkingDays(today, 2);
        var waiting = await db.Feedback.AsNoTracking().IgnoreQueryFilters()
            .Where(Feedback.Open).Where(f => f.DueOn <= horizon && f.CommuneId != null)
            .Select(f => new { f.Id, f.Number, CommuneId = f.CommuneId!.Value, f.Status, f.DueOn, f.AssignedUnitId, f.Category })
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var f in waiting)
        {
            var overdue = today > f.DueOn;
            var title = overdue ? "Phản ánh, kiến nghị đã quá hạn xử lý" : "Phản ánh, kiến nghị sắp đến hạn xử lý";
            var body = $"Phản ánh số {f.Number} ({f.Category.Label()}): hạn xử lý {DocumentDate.Numeric(f.DueOn)}; trạng thái: {f.Status.Label()}.";
            var link = $"/feedback/details/{f.Id}";
            var key = $"feedback-{(overdue ? "overdue" : "due")}:{f.Id}";
            var people = f.Status == FeedbackStatus.Assigned && f.AssignedUnitId is { } unit
                ? await Recipients.UnitOfficersAsync(db, unit, cancellationToken)
                : await Recipients.CommuneStaffAsync(
                    db, f.CommuneId, f.Status == FeedbackStatus.Answered ? [UserRole.Coordinator, UserRole.Leader] : [UserRole.Coordinator], cancellationToken);
            if (overdue)
            {
                people.AddRange(await Recipients.CommuneStaffAsync(db, f.CommuneId, [UserRole.Leader, UserRole.Coordinator], cancellationToken));
            }

            sent += await Notifier.NotifyAsync(db, people, title, body, link, key, now, cancellationToken: cancellationToken);
        }

        return sent;
    }
}
