using Loa.Domain;
namespace Loa.Plans;

/// <summary>A row of the key-task table: what to do, who leads, who helps, when, how much, what it produces.</summary>
public sealed class KeyTask : ICommuneOwned, IAudited, IVersioned
{
    public int Id { get; set; }

    public int ProvinceId { get; set; }

    public int? CommuneId { get; set; }

    public int PlanId { get; set; }

    public Plan? Plan { get; set; }

    /// <summary>The row this is a sub-row of (4.1 under 4).</summary>
    public int? ParentId { get; set; }

    public KeyTask? Parent { get; set; }

    public List<KeyTask> Children { get; set; } = [];

    /// <summary>In an amending plan: the task of the amended plan this one carries on (its activities move here on issue).</summary>
    public int? AmendsTaskId { get; set; }

    public int Order { get; set; }

    public string? Label { get; set; }

    public string Name { get; set; } = "";

    /// <summary>As written: "Thường xuyên", "Trong năm 2026", "Định kỳ 01 lần/quý", "Quý II/2026", a date.</summary>
    public string? Timeframe { get; set; }

    /// <summary>The target's number ("05 số" → 5), null when the plan sets none.</summary>
    public int? QuantityValue { get; set; }

    public string? QuantityUnit { get; set; }

    public string? QuantityText { get; set; }

    /// <summary>The "Hoạt động/sản phẩm" cell.</summary>
    public string? Products { get; set; }

    /// <summary>The indices the task aims to improve.</summary>
    public Indices.IndexKind Indices { get; set; }

    public int Version { get; set; }

    public List<KeyTaskUnit> Units { get; set; } = [];

    public IEnumerable<KeyTaskUnit> Leads => Units.Where(u => u.Role == TaskUnitRole.Lead).OrderBy(u => u.Order);

    public IEnumerable<KeyTaskUnit> Partners => Units.Where(u => u.Role == TaskUnitRole.Partner).OrderBy(u => u.Order);
}
