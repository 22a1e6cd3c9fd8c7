using Loa.Domain;
namespace Loa.Procedures;

/// <summary>
/// A procedure of the province's catalogue that a commune handles (its one-stop desk receives it), with an
/// optional local note for citizens ("Nộp tại quầy số 2 …"). A commune with none of these shows the catalogue's
/// commune-level procedures until it chooses.
/// </summary>
public sealed class CommuneProcedure : ICommuneOwned, IAudited, IVersioned
{
    public int Id { get; set; }

    public int ProvinceId { get; set; }

    public int? CommuneId { get; set; }

    public int ProcedureId { get; set; }

    public Procedure? Procedure { get; set; }

    /// <summary>What the commune adds for citizens: the desk, the hours, a local phone number.</summary>
    public string? Note { get; set; }

    public DateTime UpdatedAt { get; set; }

    public int Version { get; set; }
}
