namespace Loa.Feedbacks;

/// <summary>Section "Feedback" of the configuration.</summary>
public sealed class FeedbackOptions
{
    public const string Section = "Feedback";

    /// <summary>Months after closing (published or rejected) before a feedback's personal data is removed.</summary>
    public int RetentionMonths { get; set; } = 24;

    /// <summary>Working days the commune has to answer (<see cref="Loa.Feedbacks.FeedbackDeadline"/>).</summary>
    public int ProcessingWorkingDays { get; set; } = Loa.Feedbacks.FeedbackDeadline.DefaultWorkingDays;

    /// <summary>Attachments a citizen may add to one feedback, and the size of each.</summary>
    public int MaxAttachments { get; set; } = 3;

    public long MaxAttachmentBytes { get; set; } = 5 * 1024 * 1024;
}
