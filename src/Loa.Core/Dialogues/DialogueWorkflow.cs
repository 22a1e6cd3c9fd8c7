using Loa.Domain.Accounts;

namespace Loa.Dialogues;

/// <summary>The steps of a dialogue's life.</summary>
public enum DialogueStep
{
    /// <summary>Change subject, time, place, chair, task: the coordinator, before it is held.</summary>
    Edit,

    /// <summary>Show it on the portal and take questions: the coordinator, once scheduled.</summary>
    Announce,

    /// <summary>Call it off: the coordinator or the leader, before it is held.</summary>
    Cancel,

    /// <summary>Say it took place: the coordinator, once its time has come.</summary>
    MarkHeld,

    /// <summary>Group questions, say who answers, write the answers, send a question on as feedback: the coordinator.</summary>
    Questions,

    /// <summary>Send a question that needs follow-up on as feedback with a tracking code: the coordinator, once announced.</summary>
    FollowUp,

    /// <summary>Record or change the minutes (attendance, photos, conclusion): the coordinator, after it is held.</summary>
    RecordMinutes,

    /// <summary>Approve the minutes: the leader, when they are complete.</summary>
    Approve,

    /// <summary>Publish the approved minutes and answers on the portal: the coordinator or the leader.</summary>
    Publish,

    /// <summary>Take approved or published minutes back for correction (off the portal): the leader.</summary>
    Reopen,
}

/// <summary>
/// Which step whom in which state may take (<see cref="May"/>), and what each does (<see cref="Apply"/>): null when done,
/// otherwise why not, in Vietnamese (then nothing changed). The caller saves, audits and keeps the activity in step
/// (<see cref="DialogueActivities"/>).
/// </summary>
public static class DialogueWorkflow
{
    public static bool May(DialogueStep step, UserRole? role, Dialogue dialogue, DateTime utcNow)
    {
        var s = dialogue.Status;
        var coordinator = role == UserRole.Coordinator;
        return step switch
        {
            DialogueStep.Edit => coordinator && s is DialogueStatus.Scheduled or DialogueStatus.Announced,
            DialogueStep.Announce => coordinator && s == DialogueStatus.Scheduled,
            DialogueStep.Cancel => role is UserRole.Coordinator or UserRole.Leader && s is DialogueStatus.Scheduled or DialogueStatus.Announced,
            DialogueStep.MarkHeld => coordinator && s is DialogueStatus.Scheduled or DialogueStatus.Announced && utcNow >= dialogue.StartsAt,
            DialogueStep.Questions => coordinator && s is DialogueStatus.Announced or DialogueStatus.Held,
            DialogueStep.FollowUp => coordinator && s is not (DialogueStatus.Scheduled or DialogueStatus.Cancelled),
            DialogueStep.RecordMinutes => coordinator && s == DialogueStatus.Held,
            DialogueStep.Approve => role == UserRole.Leader && s == DialogueStatus.Held && dialogue.HasMinutes,
            DialogueStep.Publish => role is UserRole.Coordinator or UserRole.Leader && s == DialogueStatus.MinutesApproved,
            DialogueStep.Reopen => role == UserRole.Leader && s is DialogueStatus.MinutesApproved or DialogueStatus.Published,
            _ => false,
        };
    }

    /// <summary>Whether a person of this role could take the step on some dialogue: when not, a refusal is a denial (logged).</summary>
    public static bool MayEver(DialogueStep step, UserRole? role) => step switch
    {
        DialogueStep.Cancel or DialogueStep.Publish => role is UserRole.Coordinator or UserRole.Leader,
        DialogueStep.Approve or DialogueStep.Reopen => role == UserRole.Leader,
        _ => role == UserRole.Coordinator,
    };

    /// <summary>Takes the step (the rule of <see cref="May"/> checked again); null when done, else the Vietnamese refusal.</summary>
    public static string? Apply(DialogueStep step, Dialogue dialogue, UserRole? role, string userId, DateTime utcNow, string? reason = null)
    {
        if (!May(step, role, dialogue, utcNow))
        {
            return Refusal(step, dialogue, utcNow);
        }

        switch (step)
        {
            case DialogueStep.Announce:
                dialogue.Status = DialogueStatus.Announced;
                dialogue.AnnouncedAt = utcNow;
                break;
            case DialogueStep.Cancel:
                if (string.IsNullOrWhiteSpace(reason))
                {
                    return "Hãy ghi lý do hủy để thông báo cho người dân.";
                }

                if (reason.Trim().Length > Dialogue.ReasonMax)
                {
                    return $"Lý do hủy dài quá {Dialogue.ReasonMax} ký tự.";
                }

                dialogue.Status = DialogueStatus.Cancelled;
                dialogue.CancelledAt = utcNow;
                dialogue.CancelReason = reason.Trim();
                break;
            case DialogueStep.MarkHeld:
                dialogue.Status = DialogueStatus.Held;
                dialogue.HeldAt = utcNow;
                break;
            case DialogueStep.Approve:
                dialogue.Status = DialogueStatus.MinutesApproved;
                dialogue.MinutesApprovedAt = utcNow;
                dialogue.MinutesApprovedById = userId;
                break;
            case DialogueStep.Publish:
                dialogue.Status = DialogueStatus.Published;
                dialogue.PublishedAt = utcNow;
                break;
            case DialogueStep.Reopen:
                dialogue.Status = DialogueStatus.Held;
                dialogue.MinutesApprovedAt = null;
                dialogue.MinutesApprovedById = null;
                dialogue.PublishedAt = null;
                break;
            default:
                break;
        }

        return null;
    }

    /// <summary>
    /// Records the minutes: attendance (total, of which citizens and businesses) and the conclusion. Null when done, else why
    /// not (nothing changed).
    /// </summary>
    public static string? RecordMinutes(
        Dialogue dialogue, UserRole? role, string userId, DateTime utcNow, int? attendance, int? citizens, int? businesses, string? conclusion)
    {
        if (!May(DialogueStep.RecordMinutes, role, dialogue, utcNow))
        {
            return Refusal(DialogueStep.RecordMinutes, dialogue, utcNow);
        }

        if (attendance is null or < 1)
        {
            return "Hãy ghi tổng số người tham dự (ít nhất 1).";
        }

        if (citizens is < 0 || businesses is < 0)
        {
            return "Số người tham dự không được âm.";
        }

        if ((citizens ?? 0) + (businesses ?? 0) > attendance)
        {
            return "Số người dân và đại diện doanh nghiệp cộng lại không được lớn hơn tổng số người tham dự.";
        }

        if (attendance > 1_000_000)
        {
            return "Tổng số người tham dự lớn bất thường: hãy kiểm tra lại.";
        }

        if (conclusion is { Length: > Dialogue.ConclusionMax })
        {
            return $"Kết luận dài quá {Dialogue.ConclusionMax} ký tự.";
        }

        dialogue.Attendance = attendance;
        dialogue.CitizenAttendance = citizens;
        dialogue.BusinessAttendance = businesses;
        dialogue.Conclusion = string.IsNullOrWhiteSpace(conclusion) ? null : conclusion.Trim();
        dialogue.MinutesRecordedAt = utcNow;
        dialogue.MinutesRecordedById = userId;
        return null;
    }

    /// <summary>Why the step cannot be taken now, in Vietnamese.</summary>
    public static string Refusal(DialogueStep step, Dialogue dialogue, DateTime utcNow) => step switch
    {
        DialogueStep.MarkHeld when dialogue.Status is DialogueStatus.Scheduled or DialogueStatus.Announced && utcNow < dialogue.StartsAt =>
            "Chưa đến giờ tổ chức nên chưa ghi nhận đã tổ chức được.",
        DialogueStep.Approve when dialogue.Status == DialogueStatus.Held && !dialogue.HasMinutes =>
            "Biên bản chưa đủ: cần có số người tham dự và kết luận trước khi duyệt.",
        _ => $"Cuộc {dialogue.Kind.Label().ToLowerInvariant()} đang ở trạng thái “{dialogue.Status.Label()}”: không thực hiện được bước này. Hãy tải lại trang.",
    };
}
