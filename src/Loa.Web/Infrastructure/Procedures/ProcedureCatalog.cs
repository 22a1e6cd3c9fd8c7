using System.Collections.Concurrent;
using Loa.Data;
using Loa.Procedures;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Infrastructure.Procedures;

/// <summary>A commune's procedures as its portal shows them: the province's search index and which of it the commune handles.</summary>
public sealed record CommuneProcedures(ProcedureIndex Index, bool[] Allowed, int Count, bool ChosenByCommune)
{
    /// <summary>The fields that have at least one of the commune's procedures, with how many.</summary>
    public IReadOnlyList<(string Field, int Count)> Fields()
    {
        var counts = new List<(string, int)>();
        for (var i = 0; i < Index.Entries.Count; i++)
        {
            if (!Allowed[i])
            {
                continue;
            }

            var field = Index.Entries[i].Field;
            if (counts.Count > 0 && counts[^1].Item1 == field)
            {
                counts[^1] = (field, counts[^1].Item2 + 1);
            }
            else
            {
                counts.Add((field, 1));
            }
        }

        return counts;
    }

    public bool Handles(int procedureId) => Index.IndexOf(procedureId) is var i and >= 0 && Allowed[i];

    public ProcedureResults Search(string? query, string? field, int limit = 300) => Index.Search(query, field, Allowed, limit);

    private IReadOnlyList<ProcedureEntry>? popular;

    /// <summary>The portal home's most asked-for procedures, worked out once per version of the list.</summary>
    public IReadOnlyList<ProcedureEntry> Popular(Func<CommuneProcedures, IReadOnlyList<ProcedureEntry>> find) => popular ??= find(this);
}

/// <summary>
/// Each province's procedure index and each commune's choice, held in memory for the portal's search and kiosk.
/// An index is rebuilt when its catalogue changes: at once in this process (<see cref="Changed"/>), and within a few
/// seconds on other app instances, which compare a version stamp (row count and latest change) before reusing theirs.
/// </summary>
public sealed class ProcedureCatalog(IServiceScopeFactory scopes, TimeProvider time) : IDisposable
{
    /// <summary>How long a cached index is used before its stamp is compared with the database again.</summary>
    public static readonly TimeSpan Recheck = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<int, Cached<ProcedureIndex>> provinces = new();
    private readonly ConcurrentDictionary<int, Cached<CommuneProcedures>> communes = new();
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>
    /// The catalogue of a province or its everyday words changed (import, synonyms page): its index and its communes'
    /// lists are rebuilt on next use.
    /// </summary>
    public void Changed(int provinceId)
    {
        provinces.TryRemove(provinceId, out _);
        foreach (var (id, cached) in communes)
        {
            if (cached.ProvinceId == provinceId)
            {
                communes.TryRemove(id, out _);
            }
        }
    }

    /// <summary>A commune changed its list of procedures.</summary>
    public void CommuneChanged(int communeId) => communes.TryRemove(communeId, out _);

    public async Task<ProcedureIndex> ForProvinceAsync(int provinceId, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (provinces.TryGetValue(provinceId, out var cached) && now - cached.CheckedAt < Recheck)
        {
            return cached.Value;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (provinces.TryGetValue(provinceId, out cached) && now - cached.CheckedAt < Recheck)
            {
                return cached.Value;
            }

            await using var db = SystemDb(out var scope);
            using (scope)
            {
                var stamp = await ProvinceStampAsync(db, provinceId, cancellationToken);
                if (cached is not null && cached.Stamp == stamp)
                {
                    provinces[provinceId] = cached with { CheckedAt = now };
                    return cached.Value;
                }

                var entries = await db.Procedures.AsNoTracking().Where(p => p.ProvinceId == provinceId)
                    .Select(p => new ProcedureEntry(p.Id, p.Code, p.Name, p.Field, p.Level, p.OnlineLevel))
                    .ToListAsync(cancellationToken);
                var list = await db.ProcedureSynonymLists.AsNoTracking()
                    .Where(s => s.ProvinceId == provinceId)
                    .Select(s => s.Text)
                    .FirstOrDefaultAsync(cancellationToken);
                var index = ProcedureIndex.Build(entries, list is null ? ProcedureSynonyms.Default : ProcedureSynonyms.Parse(list).Synonyms, stamp);
                provinces[provinceId] = new Cached<ProcedureIndex>(index, stamp, provinceId, now);
                return index;
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<CommuneProcedures> ForCommuneAsync(int provinceId, int communeId, CancellationToken cancellationToken = default)
    {
        var index = await ForProvinceAsync(provinceId, cancellationToken);
        var now = time.GetUtcNow();
        if (communes.TryGetValue(communeId, out var cached) && cached.Value.Index == index && now - cached.CheckedAt < Recheck)
        {
            return cached.Value;
        }

        await using var db = SystemDb(out var scope);
        using (scope)
        {
            var chosen = db.CommuneProcedures.AsNoTracking().Where(c => c.CommuneId == communeId);
            var stamp = Stamp(await chosen.CountAsync(cancellationToken), await chosen.MaxAsync(c => (DateTime?)c.UpdatedAt, cancellationToken));
            if (cached is not null && cached.Value.Index == index && cached.Stamp == stamp)
            {
                communes[communeId] = cached with { CheckedAt = now };
                return cached.Value;
            }

            var ids = await chosen.Select(c => c.ProcedureId).ToListAsync(cancellationToken);
            var allowed = new bool[index.Entries.Count];
            var count = 0;
            if (ids.Count > 0)
            {
                foreach (var id in ids)
                {
                    if (index.IndexOf(id) is var i and >= 0)
                    {
                        allowed[i] = true;
                        count++;
                    }
                }
            }
            else
            {
                // A commune that has not chosen yet handles the catalogue's commune-level procedures.
                for (var i = 0; i < allowed.Length; i++)
                {
                    allowed[i] = Procedure.IsCommuneLevel(index.Entries[i].Level);
                    count += allowed[i] ? 1 : 0;
                }
            }

            var value = new CommuneProcedures(index, allowed, count, ids.Count > 0);
            communes[communeId] = new Cached<CommuneProcedures>(value, stamp, provinceId, now);
            return value;
        }
    }

    public void Dispose() => gate.Dispose();

    /// <summary>The version of a province's catalogue and of its list of everyday words.</summary>
    private static async Task<long> ProvinceStampAsync(LoaDbContext db, int provinceId, CancellationToken cancellationToken)
    {
        var rows = db.Procedures.AsNoTracking().Where(p => p.ProvinceId == provinceId);
        var synonyms = await db.ProcedureSynonymLists.AsNoTracking().Where(s => s.ProvinceId == provinceId)
            .Select(s => new { s.Version, s.UpdatedAt }).FirstOrDefaultAsync(cancellationToken);
        var catalogue = Stamp(await rows.CountAsync(cancellationToken), await rows.MaxAsync(p => (DateTime?)p.UpdatedAt, cancellationToken));
        return HashCode.Combine(catalogue, synonyms?.Version ?? -1, synonyms?.UpdatedAt.Ticks ?? 0);
    }

    private static long Stamp(int count, DateTime? latest) => HashCode.Combine(count, latest?.Ticks ?? 0);

    private LoaDbContext SystemDb(out IServiceScope scope)
    {
        scope = scopes.CreateScope();
        var options = scope.ServiceProvider.GetRequiredService<DbContextOptions<LoaDbContext>>();
        return new LoaDbContext(options, new FixedTenantScope(TenantScope.System));
    }

    private sealed record Cached<T>(T Value, long Stamp, int ProvinceId, DateTimeOffset CheckedAt);
}
