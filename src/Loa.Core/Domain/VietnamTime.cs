namespace Loa.Domain;

/// <summary>Days as Vietnam counts them (UTC+7), whatever the server's time zone.</summary>
public static class VietnamTime
{
    private static readonly TimeZoneInfo Zone = FindZone();

    public static DateOnly Today(TimeProvider time) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone).DateTime);

    public static DateTime Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>The UTC instant of a wall-clock time in Vietnam ("2026-12-01 08:00" there is 01:00 UTC).</summary>
    public static DateTime ToUtc(DateTime vietnamTime) =>
        TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(vietnamTime, DateTimeKind.Unspecified), Zone);

    /// <summary>The day in Vietnam of an instant in UTC.</summary>
    public static DateOnly Day(DateTime utc) => DateOnly.FromDateTime(Local(utc));

    /// <summary>The first moment of a day in Vietnam, in UTC ("2026-12-01" there begins at 2026-11-30 17:00 UTC).</summary>
    public static DateTime StartOfDayUtc(DateOnly day) => DateTime.SpecifyKind(ToUtc(day.ToDateTime(TimeOnly.MinValue)), DateTimeKind.Utc);

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.CreateCustomTimeZone("ICT", TimeSpan.FromHours(7), "Giờ Việt Nam", "Giờ Việt Nam");
        }
    }
}
