using Loa.Activities;
using Loa.Data;
using Loa.Domain;
using Loa.Plans;
using Loa.Portal;
using Loa.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Loa.Surveys;

/// <summary>
/// Keeps a survey linked to a plan's task counted as one activity of that task: it exists while the survey is
/// published (open or ended), its participants are the responses sent, and it goes when the survey is unlinked,
/// set back to draft or deleted, or when its plan's year does not contain the day it opens.
/// </summary>
public static class SurveyActivities
{
    /// <summary>Brings the survey's activity in step with its link and status (the caller saves).</summary>
    public static async Task SyncAsync(
        LoaDbContext db, Survey survey, string userId, string portalPath, DateOnly today, CancellationToken cancellationToken = default)
    {
        var activity = survey.ActivityId is { } id ? await db.Activities.FirstOrDefaultAsync(a => a.Id == id, cancellationToken) : null;
        var task = survey.TaskId is { } taskId && survey.Status != SurveyStatus.Draft
            ? await db.Tasks.Include(t => t.Units).FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken)
            : null;
        if (task is null)
        {
            if (activity is not null)
            {
                db.Activities.Remove(activity);
            }

            survey.ActivityId = null;
            return;
        }

        var unitId = task.Leads.Select(u => u.UnitId).FirstOrDefault(u => u is not null)
            ?? await db.Units.Where(u => u.CommuneId == survey.CommuneId && u.IsCoordinator).Select(u => (int?)u.Id).FirstOrDefaultAsync(cancellationToken)
            ?? await db.Units.Where(u => u.CommuneId == survey.CommuneId).OrderBy(u => u.Id).Select(u => (int?)u.Id).FirstOrDefaultAsync(cancellationToken);
        var day = survey.OpensAt is { } opens ? VietnamDate(opens) : today;
        if (unitId is null || !Plans.PlanYearCredit.Credits(
            await db.Plans.Where(p => p.Id == task.PlanId).Select(p => p.Year).FirstAsync(cancellationToken), day))
        {
            if (activity is not null)
            {
                db.Activities.Remove(activity);
            }

            survey.ActivityId = null;
            return;
        }

        if (activity is null || activity.TaskId != task.Id)
        {
            if (activity is not null)
            {
                db.Activities.Remove(activity);
            }

            activity = new Activity
            {
                ProvinceId = survey.ProvinceId,
                CommuneId = survey.CommuneId,
                RecordedById = userId,
                RecordedAt = DateTime.UtcNow,
                Quantity = 1,
                Channel = ChannelKind.Contest,
                ContentArea = ContentArea.Procedures,
            };
            db.Activities.Add(activity);
        }

        activity.PlanId = task.PlanId;
        activity.TaskId = task.Id;
        activity.UnitId = unitId.Value;
        activity.Date = day;
        activity.Title = $"{survey.Kind.Label()}: {survey.Title}";
        if (activity.Title.Length > 500)
        {
            activity.Title = activity.Title[..500];
        }

        activity.Description = "Tổ chức trên cổng thông tin cải cách hành chính; số người tham gia là số lượt trả lời đã gửi.";
        activity.EvidenceLinks = [$"{portalPath}/surveys/{survey.Id}"];
        activity.Participants = await SubmittedAsync(db, survey.Id, cancellationToken);
        survey.Activity = activity;
    }

    /// <summary>After a response is sent: the activity's participants become the number of responses sent.</summary>
    public static async Task RecountAsync(LoaDbContext db, Survey survey, CancellationToken cancellationToken = default)
    {
        if (survey.ActivityId is not { } activityId)
        {
            return;
        }

        var count = await SubmittedAsync(db, survey.Id, cancellationToken);
        await db.Activities.Where(a => a.Id == activityId)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.Participants, count).SetProperty(a => a.Version, a => a.Version + 1), cancellationToken);
        // Written past the save pipeline: the commune's stamp raised here, or its pages kept per stamp would show the old count.
        await PortalStamps.RaiseAsync(db, [survey.CommuneId is { } commune ? PortalStamps.Of(commune) : PortalStamps.Everything], cancellationToken);
    }

    /// <summary>Tasks a survey may count for: those of the commune's issued plans.</summary>
    public static IQueryable<KeyTask> LinkableTasks(LoaDbContext db, int communeId) =>
        db.Tasks.Where(t => t.CommuneId == communeId && t.Plan!.Status == PlanStatus.Issued && t.Plan.UnitId == null);

    private static Task<int> SubmittedAsync(LoaDbContext db, int surveyId, CancellationToken cancellationToken) =>
        db.SurveyResponses.CountAsync(r => r.SurveyId == surveyId && r.SubmittedAt != null, cancellationToken);

    private static DateOnly VietnamDate(DateTime utc) => DateOnly.FromDateTime(Domain.VietnamTime.Local(utc));
}
