using Loa.Domain;
namespace Loa.Reports;

/// <summary>
/// The commune's consolidated report of a period: its figures computed from the units' activities (frozen when
/// the leader approves), the coordinator's narrative, approved by the leader, then sent to the province.
/// </summary>
public sealed class CommuneReport : ICommuneOwned, IAudited, IVersioned
{
    public int Id { get; set; }

    public int ProvinceId { get; set; }

    public int? CommuneId { get; set; }

    public int PlanId { get; set; }

    public int Year { get; set; }

    public ReportPeriodKind Period { get; set; }

    public CommuneReportStatus Status { get; set; } = CommuneReportStatus.Draft;

    /// <summary>"12/BC-UBND" once the leader approves and numbers it.</summary>
    public string? Number { get; set; }

    public DateOnly? IssuedOn { get; set; }

    /// <summary>"Kính gửi": the province body the report goes to.</summary>
    public string Recipient { get; set; } = "";

    public string? Results { get; set; }

    public string? Shortcomings { get; set; }

    public string? Causes { get; set; }

    public string? Proposals { get; set; }

    public string? Snapshot { get; set; }

    public string? ReturnComment { get; set; }

    public DateTime? SubmittedAt { get; set; }

    public DateTime? ApprovedAt { get; set; }

    public string? ApprovedById { get; set; }

    public DateTime? SentAt { get; set; }

    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public int Version { get; set; }
}

public enum CommuneReportStatus
{
    /// <summary>The coordinator is consolidating.</summary>
    Draft = 1,

    /// <summary>Waiting for the leader.</summary>
    Submitted = 2,

    /// <summary>Approved and numbered; not yet sent.</summary>
    Approved = 3,

    /// <summary>Sent to the province.</summary>
    Sent = 4,
}

public static class CommuneReportStatusText
{
    public static string Label(this CommuneReportStatus status) => status switch
    {
        CommuneReportStatus.Draft => "Đang tổng hợp",
        CommuneReportStatus.Submitted => "Chờ lãnh đạo duyệt",
        CommuneReportStatus.Approved => "Đã duyệt",
        CommuneReportStatus.Sent => "Đã gửi tỉnh",
        _ => status.ToString(),
    };
}
