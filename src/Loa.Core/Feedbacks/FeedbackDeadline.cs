namespace Loa.Feedbacks;

/// <summary>
/// The processing deadline of a feedback. Loa's rule: the commune answers within <see cref="DefaultWorkingDays"/>
/// working days counted from the day after it was received (Saturdays and Sundays are not working days), the time
/// frame communes apply for handling feedback on administrative regulations under Nghị định 20/2008/NĐ-CP. Public
/// holidays are not known to the system: staff see the date and the time left. The number of days is configurable
/// (<c>Feedback:ProcessingWorkingDays</c>).
/// </summary>
public static class FeedbackDeadline
{
    public const int DefaultWorkingDays = 10;

    public static DateOnly DueOn(DateOnly receivedOn, int workingDays = DefaultWorkingDays) => AddWorkingDays(receivedOn, workingDays);

    /// <summary>The day <paramref name="days"/> working days after <paramref name="from"/> (which itself does not count).</summary>
    public static DateOnly AddWorkingDays(DateOnly from, int days)
    {
        var day = from;
        while (days > 0)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                days--;
            }
        }

        return day;
    }

    /// <summary>
    /// Working days after <paramref name="from"/> up to and including <paramref name="to"/> (negative when <paramref
    /// name="to"/> is earlier).
    /// </summary>
    public static int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var sign = to >= from ? 1 : -1;
        var (start, end) = sign > 0 ? (from, to) : (to, from);
        var count = 0;
        for (var day = start.AddDays(1); day <= end; day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }

        return sign * count;
    }

    public static bool IsWorkingDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
}
