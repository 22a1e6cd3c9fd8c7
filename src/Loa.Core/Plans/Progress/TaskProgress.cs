namespace Loa.Plans.Progress;

/// <summary>How a task stands on a day: quantity done against the target, time elapsed against the timeframe, and a verdict.</summary>
public sealed record TaskProgress(
    int Done,
    int? Target,
    int ActivityCount,
    double TimeElapsed,
    ProgressStatus Status,
    string Explanation)
{
    /// <summary>Done over target, capped at 1; null when the plan sets no target.</summary>
    public double? QuantityShare => Target is > 0 ? Math.Min(1, (double)Done / Target.Value) : null;

    public bool IsLate => Status is ProgressStatus.Behind or ProgressStatus.Overdue;
}

public enum ProgressStatus
{
    /// <summary>Chưa đến thời gian thực hiện.</summary>
    NotStarted = 1,

    /// <summary>Đúng tiến độ.</summary>
    OnTrack = 2,

    /// <summary>Chậm tiến độ: less done than the time passed asks for.</summary>
    Behind = 3,

    /// <summary>Quá hạn: the timeframe is over and the target is not met.</summary>
    Overdue = 4,

    /// <summary>Hoàn thành.</summary>
    Completed = 5,
}

public static class ProgressStatusText
{
    public static string Label(this ProgressStatus status) => status switch
    {
        ProgressStatus.NotStarted => "Chưa đến hạn",
        ProgressStatus.OnTrack => "Đúng tiến độ",
        ProgressStatus.Behind => "Chậm tiến độ",
        ProgressStatus.Overdue => "Quá hạn",
        ProgressStatus.Completed => "Hoàn thành",
        _ => status.ToString(),
    };
}
