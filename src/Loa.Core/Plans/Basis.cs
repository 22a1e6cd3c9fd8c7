namespace Loa.Plans;

/// <summary>A higher document the plan implements (căn cứ): "Kế hoạch số 51/KH-UBND ngày 30/01/2026 của UBND tỉnh Đồng Nai".</summary>
public sealed class Basis
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public int Order { get; set; }

    public string Kind { get; set; } = "";

    public string? Number { get; set; }

    public DateOnly? Date { get; set; }

    public string? Issuer { get; set; }
}
