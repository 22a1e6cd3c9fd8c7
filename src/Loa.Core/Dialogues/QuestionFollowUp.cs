using Loa.Data;
using Loa.Feedbacks;

namespace Loa.Dialogues;

/// <summary>
/// A question that needs follow-up after the event becomes a feedback item (phản ánh, kiến nghị) with its own number,
/// deadline and tracking code, handled by the feedback workflow from then on. The asker's contact details and consent move to
/// the feedback, which keeps them as feedback does (anonymised after its retention period); the question keeps only its
/// text and the link.
/// </summary>
public static class QuestionFollowUp
{
    /// <summary>Null when the question can become feedback, else why not, in Vietnamese.</summary>
    public static string? Refusal(DialogueQuestion question) =>
        question.FeedbackId is not null ? "Câu hỏi này đã được chuyển thành phản ánh, kiến nghị."
        : question.AnonymisedAt is not null || string.IsNullOrWhiteSpace(question.Phone)
            ? "Câu hỏi không còn thông tin liên hệ của người hỏi nên không chuyển thành phản ánh, kiến nghị được."
            : null;

    /// <summary>
    /// Creates the feedback (the caller saves it with <see cref="FeedbackNumbering.SaveNewAsync"/>) and returns it with its tracking
    /// code, shown once to the staff member and e-mailed to the asker when they gave an address.
    /// </summary>
    public static (Feedback Feedback, string Code) Create(Dialogue dialogue, DialogueQuestion question, DateOnly today, int workingDays, DateTime utcNow)
    {
        var code = TrackingCode.New();
        var subject = $"Câu hỏi gửi {dialogue.Kind.Label().ToLowerInvariant()}: {dialogue.Subject}";
        var feedback = new Feedback
        {
            ProvinceId = question.ProvinceId,
            CommuneId = question.CommuneId,
            TrackingHash = TrackingCode.Hash(code)!,
            Category = FeedbackCategory.Other,
            Subject = subject.Length > 200 ? subject[..199] + "…" : subject,
            Content = question.Content,
            Name = question.Organisation is { Length: > 0 } organisation ? $"{question.Name} ({organisation})" : question.Name,
            Address = question.Address,
            Phone = question.Phone,
            Email = question.Email,
            ConsentAt = question.ConsentAt,
            Status = FeedbackStatus.Received,
            ReceivedAt = utcNow,
            DueOn = FeedbackDeadline.DueOn(today, workingDays),
        };
        question.Feedback = feedback;
        question.Name = null;
        question.Organisation = null;
        question.Address = null;
        question.Phone = null;
        question.Email = null;
        return (feedback, code);
    }
}
