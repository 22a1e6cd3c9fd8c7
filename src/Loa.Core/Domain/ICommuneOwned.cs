namespace Loa.Domain;

/// <summary>
/// Data that belongs to one commune (or, with no commune, to a province). The DbContext filters every
/// query of such data to the current user's commune or province; see <c>Loa.Data.TenantScope</c>.
/// </summary>
public interface ICommuneOwned
{
    int ProvinceId { get; }

    int? CommuneId { get; }
}

/// <summary>A record edited by people: <see cref="Version"/> rises with every save and guards against lost updates.</summary>
public interface IVersioned
{
    int Version { get; set; }
}
