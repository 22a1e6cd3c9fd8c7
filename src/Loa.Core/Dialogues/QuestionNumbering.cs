using Loa.Data;
using Microsoft.EntityFrameworkCore;

namespace Loa.Dialogues;

/// <summary>
/// Saves a new question with the next number of its dialogue (1, 2, 3…): unique per dialogue in the database, so two askers
/// at the same moment cannot share one; the second takes the next number and saves again.
/// </summary>
public static class QuestionNumbering
{
    private const int Attempts = 5;

    public static async Task SaveNewAsync(LoaDbContext db, DialogueQuestion question, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            question.Number = await NextAsync(db, question.DialogueId, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                var taken = await db.DialogueQuestions.IgnoreQueryFilters().AsNoTracking()
                    .AnyAsync(q => q.DialogueId == question.DialogueId && q.Number == question.Number, cancellationToken);
                if (!taken)
                {
                    throw;
                }
            }
        }
    }

    public static async Task<int> NextAsync(LoaDbContext db, int dialogueId, CancellationToken cancellationToken = default) =>
        (await db.DialogueQuestions.IgnoreQueryFilters().Where(q => q.DialogueId == dialogueId).MaxAsync(q => (int?)q.Number, cancellationToken) ?? 0) + 1;
}
