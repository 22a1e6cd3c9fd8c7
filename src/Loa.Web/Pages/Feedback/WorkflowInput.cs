using Loa.Feedbacks;

namespace Loa.Web.Pages.Feedback;

/// <summary>The fields of the workflow forms on the detail page.</summary>
public sealed class WorkflowInput
{
    public int Version { get; set; }

    public int? UnitId { get; set; }

    public FeedbackCategory? Category { get; set; }

    public string? Answer { get; set; }

    public string? ReturnComment { get; set; }

    public string? PublicSubject { get; set; }

    public string? PublicQuestion { get; set; }

    public RejectionKind? RejectionKind { get; set; }

    public string? RejectionReason { get; set; }
}
