using Loa.Domain.Accounts;

namespace Loa.Feedbacks;

/// <summary>The steps of handling a feedback, and who may take each, in which state.</summary>
public enum FeedbackStep
{
    /// <summary>Give it to a unit of the commune (or to another): the coordinator.</summary>
    Assign,

    /// <summary>Write the draft answer: the assigned unit's officers, or the coordinator.</summary>
    Answer,

    /// <summary>Send the draft back to the unit with a comment: the coordinator or the leader.</summary>
    Return,

    /// <summary>Approve the answer (the citizen then reads it by code): the coordinator or the leader.</summary>
    Approve,

    /// <summary>Publish the approved answer with a public version of the question: the coordinator or the leader.</summary>
    Publish,

    /// <summary>Take a published answer off the portal: the coordinator or the leader.</summary>
    Unpublish,

    /// <summary>Close it as a complaint, a denunciation or not feedback at all, with the pointer: the coordinator or the leader.</summary>
    Reject,

    /// <summary>Correct the field the citizen chose (audited): the coordinator or the leader, until the answer is public or it is closed.</summary>
    Recategorise,
}

public static class FeedbackWorkflow
{
    /// <summary>Whether a person of <paramref name="role"/> (in unit <paramref name="unitId"/>) may take <paramref name="step"/> on the feedback now.</summary>
    public static bool May(FeedbackStep step, UserRole? role, int? unitId, Feedback feedback)
    {
        var manager = role is UserRole.Coordinator or UserRole.Leader;
        var s = feedback.Status;
        return step switch
        {
            FeedbackStep.Assign => role == UserRole.Coordinator && s is FeedbackStatus.Received or FeedbackStatus.Assigned,
            FeedbackStep.Answer => s == FeedbackStatus.Assigned && (role == UserRole.Coordinator || (role == UserRole.UnitOfficer && unitId is not null && unitId == feedback.AssignedUnitId)),
            FeedbackStep.Return => manager && s == FeedbackStatus.Answered,
            FeedbackStep.Approve => manager && s == FeedbackStatus.Answered,
            FeedbackStep.Publish => manager && s == FeedbackStatus.Approved,
            FeedbackStep.Unpublish => manager && s == FeedbackStatus.Published,
            FeedbackStep.Reject => manager && s is FeedbackStatus.Received or FeedbackStatus.Assigned,
            FeedbackStep.Recategorise => manager && s is FeedbackStatus.Received or FeedbackStatus.Assigned or FeedbackStatus.Answered or FeedbackStatus.Approved,
            _ => false,
        };
    }

    /// <summary>Whether the person sees the feedback at all: the coordinator and the leader see all of their commune's, a unit officer those given to their unit.</summary>
    public static bool MaySee(UserRole? role, int? unitId, Feedback feedback) =>
        role is UserRole.Coordinator or UserRole.Leader || (role == UserRole.UnitOfficer && unitId is not null && feedback.AssignedUnitId == unitId);
}
