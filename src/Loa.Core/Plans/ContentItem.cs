namespace Loa.Plans;

/// <summary>What the plan communicates (nội dung tuyên truyền): one item of that part.</summary>
public sealed class ContentItem
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public int Order { get; set; }

    public string? Label { get; set; }

    public string Text { get; set; } = "";
}
