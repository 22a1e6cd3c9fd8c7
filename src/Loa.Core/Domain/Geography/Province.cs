namespace Loa.Domain.Geography;

/// <summary>A province-level unit (tỉnh / thành phố trực thuộc trung ương): 34 since 1 July 2025.</summary>
public sealed class Province
{
    public int Id { get; set; }

    /// <summary>Two-digit national statistics code, e.g. "75" for Đồng Nai.</summary>
    public string Code { get; set; } = "";

    /// <summary>"Tỉnh Đồng Nai", "Thành phố Cần Thơ".</summary>
    public string Name { get; set; } = "";

    /// <summary>"tỉnh" or "thành phố".</summary>
    public string Kind { get; set; } = "";

    /// <summary>"Đồng Nai", "Cần Thơ".</summary>
    public string Locality { get; set; } = "";

    public List<Commune> Communes { get; set; } = [];

    /// <summary>Report data cut-off day of the period's last month (the Ministry's rule: 14).</summary>
    public int ReportCutoffDay { get; set; } = 14;

    /// <summary>Report due day of the period's last month (20).</summary>
    public int ReportDueDay { get; set; } = 20;

    /// <summary>Start of the reporting year (15 December of the year before).</summary>
    public int ReportStartMonth { get; set; } = 12;

    public int ReportStartDay { get; set; } = 15;

    /// <summary>The day and month by which communes must issue their yearly plan (31 March unless the province says otherwise).</summary>
    public int PlanDueMonth { get; set; } = 3;

    public int PlanDueDay { get; set; } = 31;

    /// <summary>The body communes' reports go to ("Kính gửi"): "Sở Nội vụ tỉnh Đồng Nai".</summary>
    public string? ReportRecipient { get; set; }

    public DateOnly PlanDue(int year) => new(year, PlanDueMonth, Math.Min(PlanDueDay, DateTime.DaysInMonth(year, PlanDueMonth)));

    public Reports.ReportingRules ReportingRules => new(ReportCutoffDay, ReportDueDay, ReportStartMonth, ReportStartDay);

    /// <summary>Mã định danh of the province's people's committee for the document exchange, e.g. "000.00.00.H75".</summary>
    public string? AgencyCode { get; set; }

    /// <summary>The issuing body's full name: "Ủy ban nhân dân tỉnh Đồng Nai".</summary>
    public string GovernmentName => $"Ủy ban nhân dân {Kind} {Locality}";
}
