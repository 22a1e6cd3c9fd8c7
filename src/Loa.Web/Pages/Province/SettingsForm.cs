using System.ComponentModel.DataAnnotations;
using Loa.Reports;

namespace Loa.Web.Pages.Province;

/// <summary>The province's own rules: the reporting calendar, the deadline for communes' plans, and where reports go.</summary>
public sealed class SettingsForm
{
    [Range(1, 31, ErrorMessage = "Ngày chốt số liệu phải từ 1 đến 31.")]
    public int ReportCutoffDay { get; set; } = 14;

    [Range(1, 31, ErrorMessage = "Hạn gửi báo cáo phải từ 1 đến 31.")]
    public int ReportDueDay { get; set; } = 20;

    [Range(1, 12, ErrorMessage = "Tháng bắt đầu kỳ số liệu phải từ 1 đến 12.")]
    public int ReportStartMonth { get; set; } = 12;

    [Range(1, 31, ErrorMessage = "Ngày bắt đầu kỳ số liệu phải từ 1 đến 31.")]
    public int ReportStartDay { get; set; } = 15;

    [Range(1, 31, ErrorMessage = "Ngày của hạn ban hành kế hoạch phải từ 1 đến 31.")]
    public int PlanDueDay { get; set; } = 31;

    [Range(1, 12, ErrorMessage = "Tháng của hạn ban hành kế hoạch phải từ 1 đến 12.")]
    public int PlanDueMonth { get; set; } = 3;

    [StringLength(300, ErrorMessage = "Tên cơ quan nhận báo cáo dài quá 300 ký tự.")]
    public string? ReportRecipient { get; set; }

    public ReportingRules Rules => new(ReportCutoffDay, ReportDueDay, ReportStartMonth, ReportStartDay);

    public static SettingsForm From(Domain.Geography.Province province) => new()
    {
        ReportCutoffDay = province.ReportCutoffDay,
        ReportDueDay = province.ReportDueDay,
        ReportStartMonth = province.ReportStartMonth,
        ReportStartDay = province.ReportStartDay,
        PlanDueDay = province.PlanDueDay,
        PlanDueMonth = province.PlanDueMonth,
        ReportRecipient = province.ReportRecipient,
    };

    /// <summary>Problems the attributes cannot see, in Vietnamese: days that no month of the kind has, a due day before the cut-off.</summary>
    public IEnumerable<(string Field, string Message)> Problems()
    {
        if (Rules.Problem() is { } problem)
        {
            yield return ("", problem);
        }

        if (PlanDueMonth is >= 1 and <= 12 && PlanDueDay > DateTime.DaysInMonth(2024, PlanDueMonth))
        {
            yield return (nameof(PlanDueDay), $"Tháng {PlanDueMonth} không có ngày {PlanDueDay}.");
        }

        if (ReportStartMonth is >= 1 and <= 12 && ReportStartDay > DateTime.DaysInMonth(2024, ReportStartMonth))
        {
            yield return (nameof(ReportStartDay), $"Tháng {ReportStartMonth} không có ngày {ReportStartDay}.");
        }
    }

    public void ApplyTo(Domain.Geography.Province province)
    {
        province.ReportCutoffDay = ReportCutoffDay;
        province.ReportDueDay = ReportDueDay;
        province.ReportStartMonth = ReportStartMonth;
        province.ReportStartDay = ReportStartDay;
        province.PlanDueDay = PlanDueDay;
        province.PlanDueMonth = PlanDueMonth;
        province.ReportRecipient = string.IsNullOrWhiteSpace(ReportRecipient) ? null : ReportRecipient.Trim();
    }
}
