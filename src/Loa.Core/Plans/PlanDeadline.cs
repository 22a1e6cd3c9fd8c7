namespace Loa.Plans;

/// <summary>An explicit date by which something of the plan must be done.</summary>
public sealed class PlanDeadline
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public int Order { get; set; }

    public string Subject { get; set; } = "";

    public DateOnly Date { get; set; }
}
