using System.Globalization;

namespace Loa.Text;

/// <summary>Dates written as Decree 30/2020 prescribes; no culture format produces them.</summary>
public static class DocumentDate
{
    /// <summary>"ngày 05 tháng 3 năm 2026", "ngày 30 tháng 01 năm 2026": a day below 10 and months 1 and 2 take a leading zero.</summary>
    public static string Written(int? day, int? month, int? year)
    {
        var d = day is { } dd ? dd.ToString("00", CultureInfo.InvariantCulture) : "     ";
        var m = month is { } mm ? Month(mm) : "     ";
        var y = year is { } yy ? yy.ToString(CultureInfo.InvariantCulture) : "       ";
        return $"ngày {d} tháng {m} năm {y}";
    }

    public static string Written(DateOnly date) => Written(date.Day, date.Month, date.Year);

    /// <summary>The month as the decree writes it: "01", "02", then "3" … "12".</summary>
    public static string Month(int month) => month <= 2
        ? month.ToString("00", CultureInfo.InvariantCulture)
        : month.ToString(CultureInfo.InvariantCulture);

    /// <summary>Short numeric form used in tables, lists and messages: the one of <see cref="DisplayTime.Date(DateOnly)"/>.</summary>
    public static string Numeric(DateOnly date) => DisplayTime.Date(date);

    /// <summary>The day of a time already on Vietnam's clock (not UTC), as <see cref="DisplayTime.WallDate"/> shows it.</summary>
    public static string Numeric(DateTime date) => DisplayTime.WallDate(date);
}
