namespace Loa.Plans.Progress;

/// <summary>When a task is to be done, read from its timeframe text; see <see cref="TimeframeReader"/>.</summary>
public sealed record Timeframe(TimeframeKind Kind, DateOnly Start, DateOnly End, int PeriodMonths = 0, int PerPeriod = 0)
{
    /// <summary>The share of the timeframe that has passed on <paramref name="today"/>, from 0 to 1.</summary>
    public double Elapsed(DateOnly today)
    {
        if (today < Start)
        {
            return 0;
        }

        if (today >= End)
        {
            return 1;
        }

        var total = End.DayNumber - Start.DayNumber + 1;
        return (double)(today.DayNumber - Start.DayNumber + 1) / total;
    }

    /// <summary>For a recurring task, the periods (e.g. quarters) inside the timeframe.</summary>
    public IEnumerable<(DateOnly Start, DateOnly End)> Periods()
    {
        if (Kind != TimeframeKind.Recurring || PeriodMonths <= 0)
        {
            yield break;
        }

        for (var start = Start; start <= End; start = start.AddMonths(PeriodMonths))
        {
            var end = start.AddMonths(PeriodMonths).AddDays(-1);
            yield return (start, end < End ? end : End);
        }
    }
}

public enum TimeframeKind
{
    /// <summary>"Thường xuyên": throughout the plan's year.</summary>
    Ongoing = 1,

    /// <summary>A stretch of time: the year, a quarter, a month, the first six months.</summary>
    Span = 2,

    /// <summary>By a date: "Trước ngày 30/6/2026".</summary>
    Deadline = 3,

    /// <summary>Every period: "Định kỳ 01 lần/quý", "Hằng tháng".</summary>
    Recurring = 4,
}
