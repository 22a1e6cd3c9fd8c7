namespace Loa.Plans;

/// <summary>A lead or partner of a task: the name as the plan writes it, and the commune's unit it refers to.</summary>
public sealed class KeyTaskUnit
{
    public int Id { get; set; }

    public int TaskId { get; set; }

    public TaskUnitRole Role { get; set; }

    public int Order { get; set; }

    /// <summary>As written in the plan ("Phòng Văn hóa – Xã hội", "Các cơ quan, đơn vị").</summary>
    public string Name { get; set; } = "";

    /// <summary>The commune's unit, when the name is one; null for collective names.</summary>
    public int? UnitId { get; set; }
}

public enum TaskUnitRole
{
    /// <summary>Cơ quan chủ trì.</summary>
    Lead = 1,

    /// <summary>Cơ quan phối hợp.</summary>
    Partner = 2,
}
