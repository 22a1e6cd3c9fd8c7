using Loa.Data;
using Microsoft.EntityFrameworkCore;

namespace Loa.Dialogues;

/// <summary>
/// Removes askers' personal details (name, business, address, phone, e-mail) from the questions of dialogues that were held
/// or cancelled longer ago than the feedback retention period; the questions' text stays for the minutes.
/// </summary>
public static class DialogueRetention
{
    /// <summary>How many questions were anonymised.</summary>
    public static async Task<int> RunAsync(LoaDbContext db, DateTime utcNow, int retentionMonths, CancellationToken cancellationToken = default)
    {
        var cutoff = utcNow.AddMonths(-Math.Max(1, retentionMonths));
        var due = await db.DialogueQuestions.IgnoreQueryFilters()
            .Where(q => q.AnonymisedAt == null && db.Dialogues.IgnoreQueryFilters().Any(d => d.Id == q.DialogueId
                && ((d.Status == DialogueStatus.Cancelled && d.CancelledAt < cutoff) || (d.Status != DialogueStatus.Cancelled && d.StartsAt < cutoff))))
            .OrderBy(q => q.Id)
            .Take(500)
            .ToListAsync(cancellationToken);
        foreach (var question in due)
        {
            Anonymise(question, utcNow);
        }

        await db.SaveChangesAsync(cancellationToken);
        return due.Count;
    }

    public static void Anonymise(DialogueQuestion question, DateTime utcNow)
    {
        question.Name = null;
        question.Organisation = null;
        question.Address = null;
        question.Phone = null;
        question.Email = null;
        question.AnonymisedAt = utcNow;
    }
}
