using Loa.Domain;

namespace Loa.Procedures;

/// <summary>
/// A province's list of everyday words for procedure search (<see cref="ProcedureSynonyms"/>), as its officer wrote it.
/// A province-level record: <see cref="CommuneId"/> is always null, so the portals of the province's communes read it
/// and no other province does. A province without one uses <see cref="ProcedureSynonyms.DefaultText"/>.
/// </summary>
public sealed class ProcedureSynonymList : ICommuneOwned, IAudited, IVersioned
{
    public int Id { get; set; }

    public int ProvinceId { get; set; }

    /// <summary>Always null: the list belongs to the province.</summary>
    public int? CommuneId { get; set; }

    /// <summary>The lines as written: <c>everyday words, other words = official words</c>.</summary>
    public string Text { get; set; } = "";

    public DateTime UpdatedAt { get; set; }

    public int Version { get; set; }
}
