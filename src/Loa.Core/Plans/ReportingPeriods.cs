namespace Loa.Plans;

/// <summary>The periodic reports a plan requires (its reporting duty).</summary>
[Flags]
public enum ReportingPeriods
{
    None = 0,
    Quarter = 1,
    HalfYear = 2,
    NineMonths = 4,
    Year = 8,
}

public static class ReportingPeriodsText
{
    private static readonly (ReportingPeriods Flag, string Code, string Label)[] All =
    [
        (ReportingPeriods.Quarter, "quarter", "hàng quý"),
        (ReportingPeriods.HalfYear, "half-year", "6 tháng"),
        (ReportingPeriods.NineMonths, "nine-months", "9 tháng"),
        (ReportingPeriods.Year, "year", "năm"),
    ];

    /// <summary>The contract's codes, in the contract's order.</summary>
    public static List<string> ToCodes(this ReportingPeriods periods) =>
        All.Where(p => periods.HasFlag(p.Flag)).Select(p => p.Code).ToList();

    public static ReportingPeriods FromCodes(IEnumerable<string> codes) =>
        codes.Aggregate(ReportingPeriods.None, (acc, code) => acc | All.FirstOrDefault(p => p.Code == code).Flag);

    public static string Label(this ReportingPeriods periods) => periods == ReportingPeriods.None
        ? "Chưa quy định"
        : string.Join(", ", All.Where(p => periods.HasFlag(p.Flag)).Select(p => p.Label));

    public static IEnumerable<(ReportingPeriods Flag, string Label)> Choices() => All.Select(p => (p.Flag, p.Label));
}
