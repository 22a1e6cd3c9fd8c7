namespace Loa.Plans;

/// <summary>
/// The reporting periods a plan asks for (<see cref="Reporting.Periods"/>: "quarter", "half-year", "nine-months",
/// "year"), as an officer reads them.
/// </summary>
public static class ReportingPeriodText
{
    public static string Name(string period) => period switch
    {
        "quarter" => "hằng quý",
        "half-year" => "6 tháng",
        "nine-months" => "9 tháng",
        "year" => "năm",
        _ => period,
    };
}
