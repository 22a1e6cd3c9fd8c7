using Loa.Data;
using Loa.Feedbacks;
using Loa.Notifications;
using Microsoft.EntityFrameworkCore;

namespace Loa.Feedbacks;

/// <summary>
/// Anonymises closed feedback (published or rejected) once the retention period has passed since it was closed:
/// the sender's name, address, phone and e-mail and the attachments are removed, the subject and content are
/// replaced by their public version. Runs under the "feedback-retention" lease so that one instance does it.
/// </summary>
public static class FeedbackRetention
{
    public const string Job = "feedback-retention";

    public const string Removed = "(Nội dung đã được xóa sau thời hạn lưu trữ.)";

    /// <summary>Null when another instance holds the lease; otherwise how many feedback items were anonymised.</summary>
    public static async Task<int?> RunAsync(
        LoaDbContext db, string holder, DateTime now, int retentionMonths, string dataDirectory, CancellationToken cancellationToken = default)
    {
        if (!await JobLeases.TryTakeAsync(db, Job, holder, now, TimeSpan.FromHours(1), cancellationToken))
        {
            return null;
        }

        var cutoff = now.AddMonths(-Math.Max(1, retentionMonths));
        var due = await db.Feedback.IgnoreQueryFilters().Include(f => f.Attachments)
            .Where(f => f.AnonymisedAt == null && f.ClosedAt != null && f.ClosedAt < cutoff
                && (f.Status == FeedbackStatus.Published || f.Status == FeedbackStatus.Rejected))
            .OrderBy(f => f.Id)
            .Take(500)
            .ToListAsync(cancellationToken);
        var files = new List<string>();
        foreach (var feedback in due)
        {
            Anonymise(feedback, now);
            files.AddRange(feedback.Attachments.Select(a => FeedbackFiles.PathOf(dataDirectory, a)));
            db.FeedbackAttachments.RemoveRange(feedback.Attachments);
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var file in files)
        {
            File.Delete(file);
        }

        return due.Count;
    }

    public static void Anonymise(Feedback feedback, DateTime now)
    {
        feedback.Name = null;
        feedback.Address = null;
        feedback.Phone = null;
        feedback.Email = null;
        feedback.Subject = feedback.PublicSubject ?? feedback.Category.Label();
        feedback.Content = feedback.PublicQuestion ?? Removed;
        feedback.AnonymisedAt = now;
    }
}
