using Loa.Data;
using Microsoft.EntityFrameworkCore;

namespace Loa.Audit;

/// <summary>The codes and names of the provinces and communes audit entries name by id (3,355 short rows, read once per page or file).</summary>
public sealed class AuditPlaces
{
    private readonly Dictionary<int, Place> provinces;
    private readonly Dictionary<int, Place> communes;

    private AuditPlaces(Dictionary<int, Place> provinces, Dictionary<int, Place> communes) => (this.provinces, this.communes) = (provinces, communes);

    public static async Task<AuditPlaces> LoadAsync(LoaDbContext db, CancellationToken cancellationToken = default)
    {
        var provinces = await db.Provinces.AsNoTracking().Select(p => new { p.Id, p.Code, p.Name }).ToListAsync(cancellationToken);
        var communes = await db.Communes.AsNoTracking().Select(c => new { c.Id, c.Code, c.Name }).ToListAsync(cancellationToken);
        return new AuditPlaces(
            provinces.ToDictionary(p => p.Id, p => new Place(p.Code, p.Name)),
            communes.ToDictionary(c => c.Id, c => new Place(c.Code, c.Name)));
    }

    public Place? Province(int? id) => id is { } key && provinces.TryGetValue(key, out var place) ? place : null;

    public Place? Commune(int? id) => id is { } key && communes.TryGetValue(key, out var place) ? place : null;

    public sealed record Place(string Code, string Name);
}
