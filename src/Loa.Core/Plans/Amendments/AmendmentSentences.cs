using Loa.Data;
using Microsoft.EntityFrameworkCore;

namespace Loa.Plans.Amendments;

/// <summary>
/// The sentences an amending plan's document lists ("Bổ sung nhiệm vụ 7: …"), the same in every copy of it: the .docx and
/// PDF downloads, the portal's copy and the PDF issued for signing. Empty for a plan that amends nothing.
/// </summary>
public static class AmendmentSentences
{
    /// <param name="plan">The plan with its tasks loaded.</param>
    public static async Task<IReadOnlyList<string>> ForAsync(LoaDbContext db, Plan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(plan);
        if (plan.AmendsPlanId is not { } amended)
        {
            return [];
        }

        var before = await db.Tasks.AsNoTracking().Include(t => t.Units).Where(t => t.PlanId == amended).ToListAsync(cancellationToken);
        return [.. AmendmentChanges.Compare(before, plan.Tasks).Select(c => c.Sentence)];
    }
}
