namespace Loa.Reports;

/// <summary>The periodic CCHC reports: quarter I, six months, nine months, the year (each counted from the start of the reporting year).</summary>
public enum ReportPeriodKind
{
    Quarter1 = 1,
    HalfYear = 2,
    NineMonths = 3,
    Year = 4,
}

public static class ReportPeriodKindText
{
    /// <summary>The code used in addresses and on the command line: q1, h1, q3, year.</summary>
    public static string Code(this ReportPeriodKind kind) => kind switch
    {
        ReportPeriodKind.Quarter1 => "q1",
        ReportPeriodKind.HalfYear => "h1",
        ReportPeriodKind.NineMonths => "q3",
        _ => "year",
    };

    public static ReportPeriodKind? FromCode(string? code) => code?.Trim().ToLowerInvariant() switch
    {
        "q1" => ReportPeriodKind.Quarter1,
        "h1" or "q2" => ReportPeriodKind.HalfYear,
        "q3" or "9m" => ReportPeriodKind.NineMonths,
        "year" or "q4" => ReportPeriodKind.Year,
        _ => null,
    };

    /// <summary>"Quý I năm 2026", "6 tháng đầu năm 2026", "9 tháng năm 2026", "năm 2026".</summary>
    public static string Name(this ReportPeriodKind kind, int year) => kind switch
    {
        ReportPeriodKind.Quarter1 => $"quý I năm {year}",
        ReportPeriodKind.HalfYear => $"6 tháng đầu năm {year}",
        ReportPeriodKind.NineMonths => $"9 tháng năm {year}",
        _ => $"năm {year}",
    };

    /// <summary>The last month the period's data covers.</summary>
    public static int LastMonth(this ReportPeriodKind kind) => kind switch
    {
        ReportPeriodKind.Quarter1 => 3,
        ReportPeriodKind.HalfYear => 6,
        ReportPeriodKind.NineMonths => 9,
        _ => 12,
    };
}
