using Loa.Domain;
namespace Loa.Plans;

/// <summary>A saved state of a plan: every saved change makes one, so that any two can be compared.</summary>
public sealed class PlanVersion : ICommuneOwned
{
    public long Id { get; set; }

    public int PlanId { get; set; }

    public int ProvinceId { get; set; }

    public int? CommuneId { get; set; }

    /// <summary>1, 2, 3 … within the plan.</summary>
    public int Number { get; set; }

    public DateTime CreatedAt { get; set; }

    public string? UserId { get; set; }

    public string? UserName { get; set; }

    /// <summary>What the change was, in Vietnamese ("Sửa thông tin chung", "Trình duyệt" …).</summary>
    public string Summary { get; set; } = "";

    public PlanStatus Status { get; set; }

    /// <summary>The whole plan as <c>loa.plan/1</c> JSON.</summary>
    public string Snapshot { get; set; } = "";
}
