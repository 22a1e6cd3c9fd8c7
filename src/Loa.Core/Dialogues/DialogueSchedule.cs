using Loa.Domain;

namespace Loa.Dialogues;

/// <summary>What the coordinator fills in to schedule (or change) a dialogue or conference, and its checks.</summary>
public sealed class DialogueSchedule
{
    public DialogueKind Kind { get; set; } = DialogueKind.Dialogue;

    public string? Subject { get; set; }

    /// <summary>The day, in Vietnam.</summary>
    public DateOnly? Date { get; set; }

    /// <summary>The hour it begins, in Vietnam.</summary>
    public TimeOnly? Time { get; set; }

    public string? Place { get; set; }

    public string? OnlineLink { get; set; }

    public string? ChairId { get; set; }

    public int? TaskId { get; set; }

    public string? Description { get; set; }

    /// <summary>When it begins in UTC (call only when <see cref="Problems"/> found none).</summary>
    public DateTime StartsAtUtc() => VietnamTime.ToUtc(Date!.Value.ToDateTime(Time!.Value));

    /// <summary>Vietnamese messages by field ("Kind", "Subject", …); empty when it can be saved.</summary>
    /// <param name="leaders">The accounts of the commune's leaders (who may chair).</param>
    /// <param name="tasks">The tasks of the commune's issued plan it may serve.</param>
    /// <param name="utcNow">Now: a new date must not be in the past.</param>
    public List<(string Field, string Message)> Problems(IReadOnlyCollection<string> leaders, IReadOnlyCollection<int> tasks, DateTime utcNow)
    {
        var problems = new List<(string, string)>();
        if (!Enum.IsDefined(Kind))
        {
            problems.Add((nameof(Kind), "Hãy chọn đối thoại hoặc hội nghị."));
        }

        if (string.IsNullOrWhiteSpace(Subject))
        {
            problems.Add((nameof(Subject), "Hãy ghi chủ đề."));
        }
        else if (Subject.Trim().Length > Dialogue.SubjectMax)
        {
            problems.Add((nameof(Subject), $"Chủ đề dài quá {Dialogue.SubjectMax} ký tự."));
        }

        if (Date is null)
        {
            problems.Add((nameof(Date), "Hãy chọn ngày tổ chức."));
        }

        if (Time is null)
        {
            problems.Add((nameof(Time), "Hãy chọn giờ bắt đầu."));
        }

        if (Date is not null && Time is not null && StartsAtUtc() <= utcNow)
        {
            problems.Add((nameof(Date), "Thời gian tổ chức đã qua: hãy chọn ngày, giờ sắp tới."));
        }

        if (string.IsNullOrWhiteSpace(Place) && string.IsNullOrWhiteSpace(OnlineLink))
        {
            problems.Add((nameof(Place), "Hãy ghi địa điểm hoặc đường dẫn họp trực tuyến."));
        }

        if (Place is { } place && place.Trim().Length > Dialogue.PlaceMax)
        {
            problems.Add((nameof(Place), $"Địa điểm dài quá {Dialogue.PlaceMax} ký tự."));
        }

        if (!string.IsNullOrWhiteSpace(OnlineLink)
            && (OnlineLink.Trim().Length > Dialogue.LinkMax
                || !Uri.TryCreate(OnlineLink.Trim(), UriKind.Absolute, out var link) || link.Scheme != Uri.UriSchemeHttps))
        {
            problems.Add((nameof(OnlineLink), "Đường dẫn họp trực tuyến phải là một địa chỉ https:// đầy đủ."));
        }

        if (ChairId is null || !leaders.Contains(ChairId))
        {
            problems.Add((nameof(ChairId), "Hãy chọn lãnh đạo chủ trì (một tài khoản lãnh đạo của xã, phường)."));
        }

        if (TaskId is null || !tasks.Contains(TaskId.Value))
        {
            problems.Add((nameof(TaskId), "Hãy chọn nhiệm vụ của kế hoạch đã ban hành mà cuộc này thực hiện."));
        }

        if (Description is { } description && description.Trim().Length > Dialogue.DescriptionMax)
        {
            problems.Add((nameof(Description), $"Nội dung giới thiệu dài quá {Dialogue.DescriptionMax} ký tự."));
        }

        return problems;
    }

    /// <summary>Writes the checked values into the dialogue.</summary>
    public void ApplyTo(Dialogue dialogue, string chairName)
    {
        dialogue.Kind = Kind;
        dialogue.Subject = Subject!.Trim();
        dialogue.StartsAt = StartsAtUtc();
        dialogue.Place = string.IsNullOrWhiteSpace(Place) ? null : Place.Trim();
        dialogue.OnlineLink = string.IsNullOrWhiteSpace(OnlineLink) ? null : OnlineLink.Trim();
        dialogue.ChairId = ChairId!;
        dialogue.ChairName = chairName.Length > Dialogue.NameMax ? chairName[..Dialogue.NameMax] : chairName;
        dialogue.TaskId = TaskId;
        dialogue.Description = string.IsNullOrWhiteSpace(Description) ? null : Description.Trim();
    }

    public static DialogueSchedule Of(Dialogue dialogue)
    {
        var local = VietnamTime.Local(dialogue.StartsAt);
        return new DialogueSchedule
        {
            Kind = dialogue.Kind,
            Subject = dialogue.Subject,
            Date = DateOnly.FromDateTime(local),
            Time = TimeOnly.FromDateTime(local),
            Place = dialogue.Place,
            OnlineLink = dialogue.OnlineLink,
            ChairId = dialogue.ChairId,
            TaskId = dialogue.TaskId,
            Description = dialogue.Description,
        };
    }
}
