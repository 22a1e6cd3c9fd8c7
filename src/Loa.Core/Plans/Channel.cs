namespace Loa.Plans;

/// <summary>How the plan communicates (hình thức tuyên truyền): one item of that part.</summary>
public sealed class Channel
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public int Order { get; set; }

    public string? Label { get; set; }

    public string Text { get; set; } = "";
}
