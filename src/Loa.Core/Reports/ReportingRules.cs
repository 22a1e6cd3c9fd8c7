namespace Loa.Reports;

/// <summary>
/// When report data is cut off and when reports are due. The Ministry of Home Affairs' CCHC reporting rules
/// are the default: data from 15 December of the year before to the 14th of the period's last month; the
/// report due on the 20th. A province may set its own.
/// </summary>
public sealed record ReportingRules(int CutoffDay = 14, int DueDay = 20, int StartMonth = 12, int StartDay = 15)
{
    public static readonly ReportingRules Ministry = new();

    /// <summary>Null when the rules hold together; otherwise why not, in Vietnamese.</summary>
    public string? Problem() =>
        CutoffDay is < 1 or > 31 ? "Ngày chốt số liệu phải từ 1 đến 31."
        : DueDay is < 1 or > 31 ? "Hạn gửi báo cáo phải từ 1 đến 31."
        : StartMonth is < 1 or > 12 ? "Tháng bắt đầu kỳ số liệu phải từ 1 đến 12."
        : StartDay is < 1 or > 31 ? "Ngày bắt đầu kỳ số liệu phải từ 1 đến 31."
        : DueDay < CutoffDay ? "Hạn gửi báo cáo phải sau ngày chốt số liệu."
        : null;
}
