using System.Globalization;
using Loa.Data;
using Loa.Domain.Audit;
using Loa.Text;
using Microsoft.EntityFrameworkCore;

namespace Loa.Audit;

/// <summary>
/// Reads the audit log for a reader: the entries their reach allows and the criteria ask for, newest first, a page at a
/// time by position in that order (so a log of millions of rows pages as fast at the end as at the start, on the index
/// of <c>At</c>, or of <c>ProvinceId, At</c> for a province).
/// </summary>
public static class AuditQuery
{
    /// <summary>The entries <paramref name="reach"/> allows that match <paramref name="criteria"/>, in no order.</summary>
    public static async Task<IQueryable<AuditEntry>> FilterAsync(LoaDbContext db, AuditReach reach, AuditCriteria criteria, CancellationToken cancellationToken = default)
    {
        var entries = db.AuditEntries.AsNoTracking();
        if (!reach.Any)
        {
            return entries.Where(e => false);
        }

        var province = reach.ProvinceId;
        if (!reach.All)
        {
            entries = entries.Where(e => e.ProvinceId == province);
        }

        if (criteria.Window.From is { } from)
        {
            entries = entries.Where(e => e.At >= from);
        }

        if (criteria.Window.To is { } to)
        {
            entries = entries.Where(e => e.At < to);
        }

        if (AuditActions.Resolve(criteria.Action) is { } actions)
        {
            entries = entries.Where(e => actions.Contains(e.Action));
        }

        if (Trimmed(criteria.UserName) is { } user)
        {
            var term = user.ToLowerInvariant();
#pragma warning disable CA1862 // lower() runs in the database; a StringComparison overload has no SQL translation.
            entries = entries.Where(e => e.UserName != null && e.UserName.ToLower().Contains(term));
#pragma warning restore CA1862
        }

        if (Trimmed(criteria.Commune) is { } commune)
        {
            var folded = VietnameseText.FoldWords(commune);
            var communes = db.Communes.Where(c => c.Code == commune || (folded != "" && c.SearchName.Contains(folded)));
            if (!reach.All)
            {
                communes = communes.Where(c => c.ProvinceId == province);
            }

            var ids = communes.Select(c => (int?)c.Id);
            entries = entries.Where(e => ids.Contains(e.CommuneId));
        }

        if (Trimmed(criteria.Province) is { } provinceText)
        {
            var ids = (await ProvincesAsync(db, provinceText, cancellationToken)).Select(id => (int?)id).ToList();
            entries = entries.Where(e => ids.Contains(e.ProvinceId));
        }

        if (criteria.Succeeded is { } succeeded)
        {
            entries = entries.Where(e => e.Succeeded == succeeded);
        }

        if (Trimmed(criteria.IpAddress) is { } ip)
        {
            if (ip.EndsWith('*'))
            {
                var prefix = ip.TrimEnd('*');
                entries = entries.Where(e => e.IpAddress != null && e.IpAddress.StartsWith(prefix));
            }
            else
            {
                entries = entries.Where(e => e.IpAddress == ip);
            }
        }

        return entries;
    }

    /// <summary>The provinces a text names: by code ("75") or by name with or without diacritics ("dong nai").</summary>
    public static async Task<IReadOnlyList<int>> ProvincesAsync(LoaDbContext db, string text, CancellationToken cancellationToken = default)
    {
        var code = text.Trim();
        var folded = VietnameseText.FoldWords(text);
        var provinces = await db.Provinces.AsNoTracking().Select(p => new { p.Id, p.Code, p.Name }).ToListAsync(cancellationToken);
        return provinces
            .Where(p => p.Code == code || (folded.Length > 0 && VietnameseText.FoldWords(p.Name).Contains(folded, StringComparison.Ordinal)))
            .Select(p => p.Id)
            .ToList();
    }

    public static IOrderedQueryable<AuditEntry> NewestFirst(this IQueryable<AuditEntry> entries) =>
        entries.OrderByDescending(e => e.At).ThenByDescending(e => e.Id);

    /// <summary>How many entries match, counted up to <paramref name="cap"/> + 1 (a count above the cap says "more than").</summary>
    public static Task<int> CountAsync(IQueryable<AuditEntry> entries, int cap, CancellationToken cancellationToken = default) =>
        entries.Take(cap + 1).CountAsync(cancellationToken);

    /// <summary>
    /// One page, newest first: the first page, the page of entries older than <paramref name="before"/>, or the page of
    /// entries newer than <paramref name="after"/>; with the cursors of the pages on either side when there are any.
    /// </summary>
    public static async Task<AuditPage> PageAsync(
        IQueryable<AuditEntry> entries, AuditCursor? before, AuditCursor? after, int size, CancellationToken cancellationToken = default)
    {
        if (after is { } newerThan)
        {
            var (at, id) = (newerThan.At, newerThan.Id);
            var newer = await entries.Where(e => e.At > at || (e.At == at && e.Id > id))
                .OrderBy(e => e.At).ThenBy(e => e.Id).Take(size + 1).ToListAsync(cancellationToken);
            var rows = newer.Take(size).Reverse().ToList();
            return new AuditPage(rows, newer.Count > size ? AuditCursor.Of(rows[0]) : null, rows.Count > 0 ? AuditCursor.Of(rows[^1]) : null);
        }

        var query = entries;
        if (before is { } olderThan)
        {
            var (at, id) = (olderThan.At, olderThan.Id);
            query = query.Where(e => e.At < at || (e.At == at && e.Id < id));
        }

        var page = await query.NewestFirst().Take(size + 1).ToListAsync(cancellationToken);
        var shown = page.Take(size).ToList();
        return new AuditPage(
            shown,
            before is not null && shown.Count > 0 ? AuditCursor.Of(shown[0]) : null,
            page.Count > size ? AuditCursor.Of(shown[^1]) : null);
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>A page of the log; <see cref="Newer"/> and <see cref="Older"/> lead to the pages on either side, when there are any.</summary>
public sealed record AuditPage(IReadOnlyList<AuditEntry> Rows, AuditCursor? Newer, AuditCursor? Older);

/// <summary>A position in the log's order (time, then id), written in an address as "ticks-id".</summary>
public readonly record struct AuditCursor(DateTime At, long Id)
{
    public static AuditCursor Of(AuditEntry entry) => new(DateTime.SpecifyKind(entry.At, DateTimeKind.Utc), entry.Id);

    public string Token => string.Create(CultureInfo.InvariantCulture, $"{At.Ticks}-{Id}");

    public static AuditCursor? Parse(string? token)
    {
        var parts = token?.Split('-');
        return parts is [var ticks, var id]
            && long.TryParse(ticks, NumberStyles.None, CultureInfo.InvariantCulture, out var t) && t >= DateTime.MinValue.Ticks && t <= DateTime.MaxValue.Ticks
            && long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var i)
            ? new AuditCursor(new DateTime(t, DateTimeKind.Utc), i)
            : null;
    }
}
