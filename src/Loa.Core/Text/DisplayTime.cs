using System.Globalization;
using Loa.Domain;

namespace Loa.Text;

/// <summary>
/// How every page shows a day or a moment, so that the same instant reads the same everywhere: a day as
/// "05/03/2026", a moment as "08:30 05/03/2026", a time of day as "08:30" — always in Vietnam time.
/// Arguments of type <see cref="System.DateTime"/> are instants in UTC unless the method says "Wall".
/// </summary>
public static class DisplayTime
{
    public const string DateFormat = "dd/MM/yyyy";

    public const string TimeFormat = "HH:mm";

    public const string MomentFormat = TimeFormat + " " + DateFormat;

    public static string Date(DateOnly day) => day.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>The day in Vietnam of an instant in UTC.</summary>
    public static string DateOf(DateTime utc) => Date(VietnamTime.Day(utc));

    /// <summary>An instant in UTC as Vietnam's clock and calendar show it: "08:30 05/03/2026".</summary>
    public static string Moment(DateTime utc) => WallMoment(VietnamTime.Local(utc));

    /// <summary>The time of day in Vietnam of an instant in UTC: "08:30".</summary>
    public static string Time(DateTime utc) => VietnamTime.Local(utc).ToString(TimeFormat, CultureInfo.InvariantCulture);

    /// <summary>A time already on Vietnam's clock (not UTC), shown as <see cref="Moment"/> shows an instant.</summary>
    public static string WallMoment(DateTime vietnamTime) => vietnamTime.ToString(MomentFormat, CultureInfo.InvariantCulture);

    /// <summary>The day of a time already on Vietnam's clock (not UTC).</summary>
    public static string WallDate(DateTime vietnamTime) => vietnamTime.ToString(DateFormat, CultureInfo.InvariantCulture);
}
