using System.Globalization;

namespace Loa.Plans.Progress;

/// <summary>
/// The rules that say whether a task is on time. With a quantity target: done must reach the target times the
/// elapsed share of the timeframe, rounded to the nearest (5 articles over the year: 2 by the end of June; a one-off
/// conference: done by the middle of its time). A span without a target: some activity by its middle.
/// Recurring tasks ("01 lần/quý"): every period that has ended must hold its activities.
/// Ongoing tasks without a target ("Thường xuyên"): some activity in the last 90 days.
/// A timeframe that has ended with the target unmet is overdue.
/// </summary>
public static class ProgressRules
{
    /// <summary>How long an ongoing task may go without any activity before it counts as behind.</summary>
    public const int OngoingQuietDays = 90;

    public static TaskProgress Evaluate(Timeframe timeframe, int? target, IReadOnlyCollection<(DateOnly Date, int Quantity)> activities, DateOnly today)
    {
        var counted = activities.Where(a => a.Date <= today).ToList();
        var done = counted.Sum(a => a.Quantity);
        var count = counted.Count;
        var elapsed = timeframe.Elapsed(today);

        TaskProgress Result(ProgressStatus status, string why) => new(done, target, count, elapsed, status, why);

        if (target is > 0 && done >= target)
        {
            return Result(ProgressStatus.Completed, $"Đã đạt chỉ tiêu ({done}/{target}).");
        }

        if (today < timeframe.Start)
        {
            return Result(ProgressStatus.NotStarted, $"Bắt đầu từ {Text.DocumentDate.Numeric(timeframe.Start)}.");
        }

        if (timeframe.Kind == TimeframeKind.Recurring)
        {
            return Recurring(timeframe, counted, today, Result);
        }

        if (today > timeframe.End)
        {
            return target is > 0
                ? Result(ProgressStatus.Overdue, $"Hết thời gian thực hiện, mới đạt {done}/{target}.")
                : count > 0
                    ? Result(ProgressStatus.Completed, $"Đã thực hiện {count} hoạt động.")
                    : Result(ProgressStatus.Overdue, "Hết thời gian thực hiện, chưa có hoạt động nào.");
        }

        if (target is > 0)
        {
            var expected = Expected(target.Value, elapsed);
            return done < expected
                ? Result(ProgressStatus.Behind, $"Mới đạt {done}/{target}; theo thời gian đã qua cần ít nhất {expected}.")
                : Result(ProgressStatus.OnTrack, $"Đạt {done}/{target}.");
        }

        if (timeframe.Kind == TimeframeKind.Ongoing)
        {
            var quietSince = today.AddDays(-OngoingQuietDays);
            var startedLongAgo = today.DayNumber - timeframe.Start.DayNumber >= OngoingQuietDays;
            return startedLongAgo && !counted.Any(a => a.Date > quietSince)
                ? Result(ProgressStatus.Behind, $"Chưa có hoạt động nào trong {OngoingQuietDays} ngày qua.")
                : Result(ProgressStatus.OnTrack, count > 0 ? $"Đã có {count} hoạt động." : "Chưa có hoạt động.");
        }

        return count == 0 && Expected(1, elapsed) > 0
            ? Result(ProgressStatus.Behind, "Đã qua quá nửa thời gian thực hiện mà chưa có hoạt động nào.")
            : Result(ProgressStatus.OnTrack, count > 0 ? $"Đã có {count} hoạt động." : "Chưa có hoạt động.");
    }

    /// <summary>
    /// How many units the elapsed share of the time asks for: the target times the share, rounded to the nearest —
    /// each unit falls due once half of its share of the time has passed, so a one-off task is behind past the middle
    /// of its time (ADR 0008).
    /// </summary>
    public static int Expected(int target, double elapsed) => (int)Math.Floor((target * elapsed) + 0.5);

    private static TaskProgress Recurring(
        Timeframe timeframe,
        List<(DateOnly Date, int Quantity)> counted,
        DateOnly today,
        Func<ProgressStatus, string, TaskProgress> result)
    {
        var ended = timeframe.Periods().Where(p => p.End < today).ToList();
        var missed = ended
            .Where(p => counted.Count(a => a.Date >= p.Start && a.Date <= p.End) < timeframe.PerPeriod)
            .ToList();
        var finished = today > timeframe.End;
        if (missed.Count > 0)
        {
            var names = string.Join(", ", missed.Select(p => PeriodName(p.Start, timeframe.PeriodMonths)));
            return result(finished ? ProgressStatus.Overdue : ProgressStatus.Behind, $"Chưa đủ {timeframe.PerPeriod} hoạt động trong: {names}.");
        }

        return finished
            ? result(ProgressStatus.Completed, $"Đủ hoạt động trong cả {ended.Count} kỳ.")
            : result(ProgressStatus.OnTrack, ended.Count == 0 ? "Kỳ đầu tiên chưa kết thúc." : $"Đủ hoạt động trong {ended.Count} kỳ đã qua.");
    }

    private static string PeriodName(DateOnly start, int months) => months switch
    {
        1 => $"tháng {start.Month}",
        3 => $"quý {(start.Month + 2) / 3}",
        6 => start.Month <= 6 ? "6 tháng đầu năm" : "6 tháng cuối năm",
        _ => $"năm {start.Year.ToString(CultureInfo.InvariantCulture)}",
    };
}
