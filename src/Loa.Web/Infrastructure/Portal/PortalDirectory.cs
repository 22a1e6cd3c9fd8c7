using System.Collections.Frozen;
using Loa.Data;
using Loa.Domain.Geography;
using Loa.Text;
using Microsoft.EntityFrameworkCore;

namespace Loa.Web.Infrastructure.Portal;

/// <summary>A commune as its public portal names it.</summary>
public sealed record PortalCommune(int Id, string Code, string Name, string Locality, string Kind, int ProvinceId, string ProvinceName, string ProvinceLocality)
{
    /// <summary>The portal's address: short enough for a QR code on a leaflet.</summary>
    public string Path => "/x/" + Code;

    /// <summary>"UBND phường Phước Tân".</summary>
    public string GovernmentShort => $"UBND {Kind} {Locality}";
}

/// <summary>
/// Every commune's portal identity, loaded once (3,321 rows; the official list changes by decree, not by day):
/// finds a commune by its five-digit code for <c>/x/{code}</c>, and by name for the national search.
/// </summary>
public sealed class PortalDirectory(IServiceScopeFactory scopes) : IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private Loaded? loaded;

    public async Task<PortalCommune?> FindAsync(string? code, CancellationToken cancellationToken = default)
    {
        if (code is not { Length: 5 } || !code.All(char.IsAsciiDigit))
        {
            return null;
        }

        return (await LoadAsync(cancellationToken)).ByCode.GetValueOrDefault(code);
    }

    /// <summary>The commune of the official list with this id, or null.</summary>
    public async Task<PortalCommune?> FindAsync(int id, CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).ById.GetValueOrDefault(id);

    /// <summary>The commune's name, or the province's when there is no commune (a province's plan), from the official list.</summary>
    public async Task<string> NameAsync(int provinceId, int? communeId, CancellationToken cancellationToken = default)
    {
        var all = await LoadAsync(cancellationToken);
        return communeId is { } id
            ? all.ById[id].Name
            : all.All.First(c => c.ProvinceId == provinceId).ProvinceName;
    }

    public async Task<IReadOnlyList<PortalCommune>> AllAsync(CancellationToken cancellationToken = default) => (await LoadAsync(cancellationToken)).All;

    /// <summary>
    /// Communes whose name (or province's) holds every word of the query, diacritics and case ignored ("dinh quan",
    /// "ĐỊNH QUÁN"); a five-digit code finds its commune. Names that start with the words come first.
    /// </summary>
    public async Task<IReadOnlyList<PortalCommune>> SearchAsync(string? query, int? provinceId, int limit, CancellationToken cancellationToken = default)
    {
        var all = await LoadAsync(cancellationToken);
        var words = VietnameseText.FoldWords(query).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 1 && all.ByCode.TryGetValue(words[0], out var byCode))
        {
            return [byCode];
        }

        if (words.Length == 0 && provinceId is null)
        {
            return [];
        }

        var folded = string.Join(' ', words);
        return all.Searchable
            .Where(s => (provinceId is null || s.Commune.ProvinceId == provinceId) && words.All(w => s.Text.Contains(w, StringComparison.Ordinal)))
            .OrderBy(s => s.Locality.StartsWith(folded, StringComparison.Ordinal) ? 0 : 1)
            .ThenBy(s => s.Commune.Locality, VietnameseOrder.Instance)
            .Take(limit)
            .Select(s => s.Commune)
            .ToList();
    }

    private async Task<Loaded> LoadAsync(CancellationToken cancellationToken)
    {
        if (loaded is { } ready)
        {
            return ready;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (loaded is { } again)
            {
                return again;
            }

            using var scope = scopes.CreateScope();
            var options = scope.ServiceProvider.GetRequiredService<DbContextOptions<LoaDbContext>>();
            await using var db = new LoaDbContext(options, new FixedTenantScope(TenantScope.System));
            var communes = (await db.Communes.AsNoTracking()
                .Select(c => new
                {
                    c.Id,
                    c.Code,
                    c.Name,
                    c.Locality,
                    c.Kind,
                    c.ProvinceId,
                    ProvinceName = c.Province!.Name,
                    ProvinceLocality = c.Province.Locality,
                })
                .ToListAsync(cancellationToken))
                .Select(c => new PortalCommune(c.Id, c.Code, c.Name, c.Locality, c.Kind.Word(), c.ProvinceId, c.ProvinceName, c.ProvinceLocality))
                .ToList();
            var ordered = communes.OrderBy(c => c.ProvinceLocality, VietnameseOrder.Instance).ThenBy(c => c.Locality, VietnameseOrder.Instance).ToList();
            loaded = new Loaded(
                ordered,
                ordered.ToFrozenDictionary(c => c.Code),
                ordered.ToFrozenDictionary(c => c.Id),
                ordered.Select(c => new Searchable(c, VietnameseText.FoldWords($"{c.Name} {c.ProvinceName}"), VietnameseText.FoldWords(c.Locality))).ToList());
            return loaded;
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private sealed record Searchable(PortalCommune Commune, string Text, string Locality);

    private sealed record Loaded(
        IReadOnlyList<PortalCommune> All,
        FrozenDictionary<string, PortalCommune> ByCode,
        FrozenDictionary<int, PortalCommune> ById,
        IReadOnlyList<Searchable> Searchable);
}
