using Loa.Audit;
using Loa.Data;
using Loa.Text;
using Microsoft.EntityFrameworkCore;

namespace Loa.Audit;

/// <summary>
/// Reads the audit log for a reader: the entries <see cref="AuditAccess"/> lets them see that the criteria ask for,
/// newest first, a page at a time. The page, its downloads and <c>loa audit export</c> all read through here.
/// </summary>
public static class AuditQuery
{
    public static IQueryable<AuditEntry> Entries(LoaDbContext db, AuditReach reach, AuditCriteria criteria)
    {
        var (from, to) = (criteria.Window.FromUtc, criteria.Window.ToUtc);
        var entries = AuditAccess.Visible(db, reach).AsNoTracking().Where(e => e.At >= from && e.At < to);
        if (AuditActions.Resolve(criteria.Action) is { } actions)
        {
            entries = entries.Where(e => actions.Contains(e.Action));
        }

        if (criteria.UserName is { } user)
        {
            var term = user.ToLowerInvariant();
#pragma warning disable CA1862 // lower() runs in the database; a StringComparison overload has no SQL translation.
            entries = entries.Where(e => e.UserName != null && e.UserName.ToLower().Contains(term));
#pragma warning restore CA1862
        }

        if (criteria.Commune is { } commune)
        {
            var folded = VietnameseText.FoldWords(commune);
            var ids = db.Communes.Where(c => c.Code == commune || (folded != "" && c.SearchName.Contains(folded))).Select(c => (int?)c.Id);
            entries = entries.Where(e => ids.Contains(e.CommuneId));
        }

        entries = criteria.Outcome switch
        {
            AuditOutcome.Succeeded => entries.Where(e => e.Succeeded),
            AuditOutcome.Denied => entries.Where(e => !e.Succeeded && e.Action == "denied"),
            AuditOutcome.Failed => entries.Where(e => !e.Succeeded && e.Action != "denied"),
            _ => entries,
        };
        return entries;
    }

    public static IOrderedQueryable<AuditEntry> NewestFirst(this IQueryable<AuditEntry> entries) =>
        entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id);

    /// <summary>Page <paramref name="page"/> (from 1) of <paramref name="size"/> entries, newest first, with how many match in all.</summary>
    public static async Task<AuditPage> PageAsync(IQueryable<AuditEntry> entries, int page, int size, CancellationToken cancellationToken = default)
    {
        var total = await entries.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + size - 1) / size);
        var number = Math.Clamp(page, 1, pages);
        var rows = await entries.NewestFirst().Skip((number - 1) * size).Take(size).ToListAsync(cancellationToken);
        return new AuditPage(rows, total, number, pages);
    }
}

/// <summary>One page of the log, newest first: its entries, how many match in all, its number and the number of pages.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Rows, int Total, int Number, int Pages);
