using Loa.Activities;
using Loa.Data;
using Loa.Domain;
using Loa.Plans;
using Microsoft.EntityFrameworkCore;

namespace Loa.Dialogues;

/// <summary>
/// Keeps a held dialogue or conference counted as exactly one activity of its task: it exists once the event is held (held,
/// minutes approved, published), on the day it took place, through the channel of its kind (dialogue or conference), with
/// the attendance of its minutes as participants; it follows the minutes when they change, and goes when the event is
/// cancelled, its task is gone, or its plan's year does not contain its day.
/// </summary>
public static class DialogueActivities
{
    public static bool Counts(DialogueStatus status) => status is DialogueStatus.Held or DialogueStatus.MinutesApproved or DialogueStatus.Published;

    /// <summary>Brings the dialogue's activity in step with its state and minutes (the caller saves).</summary>
    public static async Task SyncAsync(
        LoaDbContext db, Dialogue dialogue, string userId, string portalPath, DateTime utcNow, CancellationToken cancellationToken = default)
    {
        var activity = dialogue.ActivityId is { } id ? await db.Activities.FirstOrDefaultAsync(a => a.Id == id, cancellationToken) : null;
        var task = Counts(dialogue.Status) && dialogue.TaskId is { } taskId
            ? await db.Tasks.Include(t => t.Units).FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken)
            : null;
        var day = VietnamTime.Day(dialogue.StartsAt);
        var unitId = task is null ? null
            : task.Leads.Select(u => u.UnitId).FirstOrDefault(u => u is not null)
              ?? await db.Units.Where(u => u.CommuneId == dialogue.CommuneId && u.IsCoordinator).Select(u => (int?)u.Id).FirstOrDefaultAsync(cancellationToken)
              ?? await db.Units.Where(u => u.CommuneId == dialogue.CommuneId).OrderBy(u => u.Id).Select(u => (int?)u.Id).FirstOrDefaultAsync(cancellationToken);
        if (task is null || unitId is null
            || !PlanYearCredit.Credits(await db.Plans.Where(p => p.Id == task.PlanId).Select(p => p.Year).FirstAsync(cancellationToken), day))
        {
            if (activity is not null)
            {
                db.Activities.Remove(activity);
            }

            dialogue.Activity = null;
            dialogue.ActivityId = null;
            return;
        }

        if (activity is null)
        {
            activity = new Activity
            {
                ProvinceId = dialogue.ProvinceId,
                CommuneId = dialogue.CommuneId,
                RecordedById = userId,
                RecordedAt = utcNow,
                Quantity = 1,
                ContentArea = ContentArea.General,
            };
            db.Activities.Add(activity);
        }

        activity.PlanId = task.PlanId;
        activity.TaskId = task.Id;
        activity.UnitId = unitId.Value;
        activity.Date = day;
        activity.Channel = dialogue.Kind == DialogueKind.Conference ? ChannelKind.Conference : ChannelKind.Dialogue;
        var title = $"{dialogue.Kind.Label()}: {dialogue.Subject}";
        activity.Title = title.Length > 500 ? title[..500] : title;
        activity.Description = $"Chủ trì: {dialogue.ChairName}. Số người tham dự theo biên bản.";
        activity.EvidenceLinks = [$"{portalPath}/dialogues/{dialogue.Id}"];
        activity.Participants = dialogue.Attendance;
        dialogue.Activity = activity;
    }
}
