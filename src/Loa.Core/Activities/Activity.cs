using Loa.Domain;
namespace Loa.Activities;

/// <summary>What a unit did for a task: when, what, how much toward the target, through which channel, whom it reached, with evidence.</summary>
public sealed class Activity : ICommuneOwned, IAudited, IVersioned
{
    public int Id { get; set; }

    public int ProvinceId { get; set; }

    public int? CommuneId { get; set; }

    public int PlanId { get; set; }

    public Plans.Plan? Plan { get; set; }

    public int TaskId { get; set; }

    public Plans.KeyTask? Task { get; set; }

    public int UnitId { get; set; }

    public DateOnly Date { get; set; }

    public string Title { get; set; } = "";

    public string? Description { get; set; }

    /// <summary>How much this counts toward the task's quantity target (in the target's unit).</summary>
    public int Quantity { get; set; }

    public ChannelKind Channel { get; set; }

    /// <summary>What it communicated about (the six areas of reform, the indices …).</summary>
    public ContentArea ContentArea { get; set; } = ContentArea.General;

    /// <summary>People present (conferences, dialogues, training).</summary>
    public int? Participants { get; set; }

    /// <summary>Views or listens (articles, clips, broadcasts, posts).</summary>
    public int? Views { get; set; }

    /// <summary>Copies printed or handed out (leaflets, panels, posters).</summary>
    public int? Copies { get; set; }

    public List<string> EvidenceLinks { get; set; } = [];

    public string RecordedById { get; set; } = "";

    public DateTime RecordedAt { get; set; }

    public int Version { get; set; }

    public List<EvidenceFile> Files { get; set; } = [];

    /// <summary>Everyone it reached, whatever the measure.</summary>
    public int Reach => (Participants ?? 0) + (Views ?? 0) + (Copies ?? 0);
}
