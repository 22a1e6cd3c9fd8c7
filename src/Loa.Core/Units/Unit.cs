using Loa.Domain;
namespace Loa.Units;

/// <summary>An office or body of a commune that carries tasks: phòng, trung tâm, đoàn thể, khu phố/thôn …</summary>
public sealed class Unit : ICommuneOwned, IAudited, IVersioned
{
    public int Id { get; set; }

    public int ProvinceId { get; set; }

    public int? CommuneId { get; set; }

    public string Name { get; set; } = "";

    public UnitKind Kind { get; set; }

    /// <summary>The unit that coordinates the plan (usually Phòng Văn hóa – Xã hội).</summary>
    public bool IsCoordinator { get; set; }

    /// <summary>Archived units stay on old plans and activities but are no longer offered.</summary>
    public bool IsArchived { get; set; }

    public int Version { get; set; }
}
