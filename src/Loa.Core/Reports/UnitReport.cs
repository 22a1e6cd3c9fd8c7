using Loa.Domain;
namespace Loa.Reports;

/// <summary>
/// A unit's part of a periodic report: its figures come from the activities it recorded (frozen in
/// <see cref="Snapshot"/> when it submits), and its narrative says what went well, what did not, why, and what it proposes.
/// </summary>
public sealed class UnitReport : ICommuneOwned, IAudited, IVersioned
{
    public int Id { get; set; }

    public int ProvinceId { get; set; }

    public int? CommuneId { get; set; }

    public int PlanId { get; set; }

    public int UnitId { get; set; }

    public int Year { get; set; }

    public ReportPeriodKind Period { get; set; }

    public UnitReportStatus Status { get; set; } = UnitReportStatus.Draft;

    public string? Results { get; set; }

    public string? Shortcomings { get; set; }

    public string? Causes { get; set; }

    public string? Proposals { get; set; }

    /// <summary>The figures as submitted (JSON), so that the report does not change afterwards.</summary>
    public string? Snapshot { get; set; }

    public DateTime? SubmittedAt { get; set; }

    public string? SubmittedById { get; set; }

    public string? ReturnComment { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public int Version { get; set; }
}

public enum UnitReportStatus
{
    Draft = 1,
    Submitted = 2,
    Returned = 3,
}

public static class UnitReportStatusText
{
    public static string Label(this UnitReportStatus status) => status switch
    {
        UnitReportStatus.Draft => "Đang soạn",
        UnitReportStatus.Submitted => "Đã gửi",
        UnitReportStatus.Returned => "Bị trả lại",
        _ => status.ToString(),
    };
}
