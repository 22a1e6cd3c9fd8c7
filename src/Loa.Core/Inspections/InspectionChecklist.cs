using Loa.Domain;

namespace Loa.Inspections;

/// <summary>
/// The checklist a province inspects its communes' work on communication for administrative reform with in a year
/// (kiểm tra công tác cải cách hành chính): its items, each with a score and a kind. A province's own record: it has no
/// commune, so its communes read it through the tenant filter and only the province's officers change it.
/// </summary>
public sealed class InspectionChecklist : ICommuneOwned, IAudited, IVersioned
{
    public const int TitleMax = 300;

    public int Id { get; set; }

    public int ProvinceId { get; set; }

    /// <summary>Always null: the checklist is the province's.</summary>
    public int? CommuneId { get; set; }

    public int Year { get; set; }

    public string Title { get; set; } = "";

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public int Version { get; set; }

    public List<ChecklistItem> Items { get; set; } = [];

    public decimal TotalScore => Items.Sum(i => i.MaxScore);
}

/// <summary>
/// One item of a checklist: what is checked, how many points it is worth, and whether Loa computes it from its data
/// (<see cref="ChecklistItemKind.Computed"/>, by its <see cref="Measure"/> and <see cref="Threshold"/>) or the commune
/// answers it with evidence (<see cref="ChecklistItemKind.Answered"/>).
/// </summary>
public sealed class ChecklistItem : ICommuneOwned, IAudited, IVersioned
{
    public const int TitleMax = 500;
    public const int GuidanceMax = 1000;

    public int Id { get; set; }

    public int ProvinceId { get; set; }

    public int? CommuneId { get; set; }

    public int ChecklistId { get; set; }

    public int Order { get; set; }

    public string Title { get; set; } = "";

    /// <summary>What counts as done, or what evidence to attach.</summary>
    public string? Guidance { get; set; }

    public decimal MaxScore { get; set; }

    public ChecklistItemKind Kind { get; set; }

    /// <summary>For a computed item: what Loa measures; <see cref="ChecklistMeasure.None"/> for an answered one.</summary>
    public ChecklistMeasure Measure { get; set; }

    /// <summary>The measure's bar: channels at least, days at most, percent at least (<see cref="ChecklistMeasures.DefaultThreshold"/>).</summary>
    public int? Threshold { get; set; }

    public int Version { get; set; }
}

public enum ChecklistItemKind
{
    /// <summary>Computed from Loa's data.</summary>
    Computed = 1,

    /// <summary>Answered by the commune (or the inspector) with text and evidence.</summary>
    Answered = 2,
}

/// <summary>What a computed item measures.</summary>
public enum ChecklistMeasure
{
    None = 0,

    /// <summary>The year's plan issued by the province's deadline.</summary>
    PlanOnTime = 1,

    /// <summary>The periodic reports due so far sent by their due dates.</summary>
    ReportsOnTime = 2,

    /// <summary>At least N distinct channels with activities.</summary>
    ChannelsUsed = 3,

    /// <summary>The portal's CCHC section updated within the last N days.</summary>
    PortalUpToDate = 4,

    /// <summary>At least N % of the feedback due so far answered by its deadline.</summary>
    FeedbackInTime = 5,

    /// <summary>At least N % of the plan's tasks completed.</summary>
    TasksCompleted = 6,
}
