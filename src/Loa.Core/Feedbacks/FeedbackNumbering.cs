using Loa.Data;
using Loa.Feedbacks;
using Microsoft.EntityFrameworkCore;

namespace Loa.Feedbacks;

/// <summary>
/// Saves a new feedback with the next number of its commune (1, 2, 3…). Two citizens sending at the same moment
/// cannot get the same number (unique per commune in the database): the second one takes the next number and saves again.
/// </summary>
public static class FeedbackNumbering
{
    private const int Attempts = 5;

    public static async Task SaveNewAsync(LoaDbContext db, Feedback feedback, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            feedback.Number = await NextAsync(db, feedback.CommuneId, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Another feedback of the commune may have taken this number first: then take the next one.
                if (!await TakenAsync(db, feedback, cancellationToken))
                {
                    throw;
                }
            }
        }
    }

    public static async Task<int> NextAsync(LoaDbContext db, int? communeId, CancellationToken cancellationToken = default) =>
        (await db.Feedback.IgnoreQueryFilters().Where(f => f.CommuneId == communeId).MaxAsync(f => (int?)f.Number, cancellationToken) ?? 0) + 1;

    private static Task<bool> TakenAsync(LoaDbContext db, Feedback feedback, CancellationToken cancellationToken) =>
        db.Feedback.IgnoreQueryFilters().AsNoTracking().AnyAsync(f => f.CommuneId == feedback.CommuneId && f.Number == feedback.Number, cancellationToken);
}
