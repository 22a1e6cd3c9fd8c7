namespace Loa.Plans;

/// <summary>A node of the plan's body: a numbered part (I, 1, a) with its heading, paragraphs and sub-parts.</summary>
public sealed class Section
{
    public int Id { get; set; }

    public int PlanId { get; set; }

    public int? ParentId { get; set; }

    public int Order { get; set; }

    public string? Label { get; set; }

    public string? Heading { get; set; }

    /// <summary>purpose, audience, contents, channels, tasks, funding, implementation, preamble, closing, or null.</summary>
    public string? Role { get; set; }

    public List<string> Paragraphs { get; set; } = [];

    public List<Section> Children { get; set; } = [];
}
