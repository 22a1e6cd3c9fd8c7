namespace Loa.Plans;

/// <summary>One item of "Tổ chức thực hiện": a unit and its duties.</summary>
public sealed class UnitResponsibility
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public int Order { get; set; }

    public string UnitName { get; set; } = "";

    public int? UnitId { get; set; }

    public List<string> Duties { get; set; } = [];
}
