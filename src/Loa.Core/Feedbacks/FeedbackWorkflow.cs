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

/// <summary>Why a step was refused: the form field at fault ("Answer", "PublicQuestion", …) and what to do, in Vietnamese.</summary>
public sealed record FeedbackRefusal(string Field, string Message);

/// <summary>
/// The life of a feedback: who may take which step in which state (<see cref="May"/>), and what each step checks and
/// sets (<see cref="Assign"/> … <see cref="Reject"/>). A step returns the refusals of its input (then it changes
/// nothing) or none when done; the caller saves, audits under <see cref="Action"/> and tells the people concerned.
/// </summary>
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
            FeedbackStep.Answer => s == FeedbackStatus.Assigned
                && (role == UserRole.Coordinator || (role == UserRole.UnitOfficer && unitId is not null && unitId == feedback.AssignedUnitId)),
            FeedbackStep.Return => manager && s == FeedbackStatus.Answered,
            FeedbackStep.Approve => manager && s == FeedbackStatus.Answered,
            FeedbackStep.Publish => manager && s == FeedbackStatus.Approved,
            FeedbackStep.Unpublish => manager && s == FeedbackStatus.Published,
            FeedbackStep.Reject => manager && s is FeedbackStatus.Received or FeedbackStatus.Assigned,
            FeedbackStep.Recategorise => manager
                && s is FeedbackStatus.Received or FeedbackStatus.Assigned or FeedbackStatus.Answered or FeedbackStatus.Approved,
            _ => false,
        };
    }

    /// <summary>Whether the person sees the feedback at all: the coordinator and the leader see all of their commune's, a unit officer those given to their
    /// unit.</summary>
    public static bool MaySee(UserRole? role, int? unitId, Feedback feedback) =>
        SeesAll(role) || (role == UserRole.UnitOfficer && unitId is not null && feedback.AssignedUnitId == unitId);

    /// <summary>Whether the person sees all of their commune's feedback (the coordinator and the leader), not only their unit's.</summary>
    public static bool SeesAll(UserRole? role) => role is UserRole.Coordinator or UserRole.Leader;

    /// <summary>
    /// Whether a person of <paramref name="role"/> could take <paramref name="step"/> on some feedback: when not, a refused
    /// step is a denial (logged); when so, the feedback has moved on meanwhile and the page says so.
    /// </summary>
    public static bool MayEver(FeedbackStep step, UserRole? role) => step switch
    {
        FeedbackStep.Assign => role == UserRole.Coordinator,
        FeedbackStep.Answer => role is UserRole.Coordinator or UserRole.UnitOfficer,
        _ => role is UserRole.Coordinator or UserRole.Leader,
    };

    /// <summary>The step's action in the audit log: "feedback-assign", "feedback-category", …</summary>
    public static string Action(this FeedbackStep step) => step switch
    {
        FeedbackStep.Recategorise => "feedback-category",
        _ => $"feedback-{step.ToString().ToLowerInvariant()}",
    };

    /// <summary>Gives the feedback to <paramref name="unitId"/>: a current unit of the feedback's commune (null when the choice named none).</summary>
    public static IReadOnlyList<FeedbackRefusal> Assign(Feedback feedback, int? unitId, string? userId, DateTime now)
    {
        if (unitId is not { } unit)
        {
            return [new("UnitId", "Hãy chọn một đơn vị của xã, phường để giao xử lý.")];
        }

        (feedback.Status, feedback.AssignedUnitId, feedback.AssignedAt, feedback.AssignedById) = (FeedbackStatus.Assigned, unit, now, userId);
        return [];
    }

    /// <summary>Corrects the field the citizen chose; it must be another field of the list.</summary>
    public static IReadOnlyList<FeedbackRefusal> Recategorise(Feedback feedback, FeedbackCategory? category)
    {
        if (category is not { } chosen || !Enum.IsDefined(chosen))
        {
            return [new("Category", "Hãy chọn lĩnh vực trong danh sách.")];
        }

        if (chosen == feedback.Category)
        {
            return [new("Category", $"Phản ánh đã thuộc lĩnh vực “{chosen.Label()}”.")];
        }

        feedback.Category = chosen;
        return [];
    }

    public static IReadOnlyList<FeedbackRefusal> Answer(Feedback feedback, string? answer, string? userId, DateTime now)
    {
        if (string.IsNullOrWhiteSpace(answer))
        {
            return [new("Answer", "Hãy viết nội dung trả lời.")];
        }

        if (answer.Trim().Length > 8000)
        {
            return [new("Answer", "Nội dung trả lời dài quá 8.000 ký tự.")];
        }

        (feedback.Status, feedback.Answer, feedback.AnsweredAt, feedback.AnsweredById, feedback.ReturnComment) = (FeedbackStatus.Answered, answer.Trim(), now,
            userId, null);
        return [];
    }

    public static IReadOnlyList<FeedbackRefusal> Return(Feedback feedback, string? comment)
    {
        if (string.IsNullOrWhiteSpace(comment) || comment.Trim().Length > 1000)
        {
            return [new("ReturnComment", "Hãy ghi lý do trả lại (tối đa 1.000 ký tự) để đơn vị biết cần sửa gì.")];
        }

        (feedback.Status, feedback.ReturnComment) = (FeedbackStatus.Assigned, comment.Trim());
        return [];
    }

    public static IReadOnlyList<FeedbackRefusal> Approve(Feedback feedback, string? userId, DateTime now)
    {
        (feedback.Status, feedback.ApprovedAt, feedback.ApprovedById) = (FeedbackStatus.Approved, now, userId);
        return [];
    }

    /// <summary>Publishes the answer with a public version of the question, which must not hold the sender's own details.</summary>
    public static IReadOnlyList<FeedbackRefusal> Publish(Feedback feedback, string? publicSubject, string? publicQuestion, DateTime now)
    {
        var subject = publicSubject?.Trim();
        var question = publicQuestion?.Trim();
        var refusals = new List<FeedbackRefusal>();
        if (string.IsNullOrEmpty(subject) || subject.Length > 200)
        {
            refusals.Add(new("PublicSubject", "Hãy ghi tiêu đề công khai (tối đa 200 ký tự)."));
        }

        if (string.IsNullOrEmpty(question) || question.Length > 5000)
        {
            refusals.Add(new("PublicQuestion", "Hãy ghi nội dung công khai của phản ánh (tối đa 5.000 ký tự)."));
        }

        foreach (var leak in PersonalDetails.Find(feedback, $"{subject}\n{question}"))
        {
            refusals.Add(new("PublicQuestion", $"Bản công khai còn chứa {leak} của người gửi. Hãy xóa trước khi công khai."));
        }

        if (refusals.Count > 0)
        {
            return refusals;
        }

        (feedback.Status, feedback.PublicSubject, feedback.PublicQuestion, feedback.PublishedAt, feedback.ClosedAt) = (FeedbackStatus.Published, subject,
            question, now, now);
        return [];
    }

    public static IReadOnlyList<FeedbackRefusal> Unpublish(Feedback feedback)
    {
        (feedback.Status, feedback.PublishedAt, feedback.ClosedAt) = (FeedbackStatus.Approved, null, null);
        return [];
    }

    /// <summary>Closes it as a complaint, a denunciation or not feedback at all, with an optional explanation.</summary>
    public static IReadOnlyList<FeedbackRefusal> Reject(Feedback feedback, RejectionKind? kind, string? reason, DateTime now)
    {
        if (kind is not { } chosen || !Enum.IsDefined(chosen))
        {
            return [new("RejectionKind", "Hãy chọn lý do: khiếu nại, tố cáo hay không phải phản ánh, kiến nghị.")];
        }

        if (reason is { Length: > 1000 })
        {
            return [new("RejectionReason", "Lời giải thích dài quá 1.000 ký tự.")];
        }

        (feedback.Status, feedback.RejectionKind, feedback.RejectionReason, feedback.ClosedAt) = (FeedbackStatus.Rejected, chosen,
            string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), now);
        return [];
    }
}
