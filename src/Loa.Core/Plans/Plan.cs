using Loa.Domain;
namespace Loa.Plans;

/// <summary>
/// A yearly plan for communication on administrative reform: the header, the legal basis, the body
/// (sections), content items, channels, key tasks, responsibilities, reporting duty, deadlines, funding,
/// recipients and signer. A commune's plan has <see cref="CommuneId"/>; a province's plan has none.
/// </summary>
public sealed class Plan : ICommuneOwned, IAudited, IVersioned
{
    public int Id { get; set; }

    public int ProvinceId { get; set; }

    public int? CommuneId { get; set; }

    public int Year { get; set; }

    public PlanStatus Status { get; set; } = PlanStatus.Draft;

    // Header
    public string IssuerName { get; set; } = "";

    public string IssuerKind { get; set; } = "";

    public string IssuerLocality { get; set; } = "";

    /// <summary>"15/KH-UBND" once issued; null before.</summary>
    public string? Number { get; set; }

    public string Symbol { get; set; } = "KH-UBND";

    public string? Place { get; set; }

    public int? DateDay { get; set; }

    public int? DateMonth { get; set; }

    public int? DateYear { get; set; }

    public string Title { get; set; } = "";

    // Reporting duty
    public ReportingPeriods ReportingPeriods { get; set; }

    public string? ReportingVia { get; set; }

    public List<string> Funding { get; set; } = [];

    public List<string> Recipients { get; set; } = [];

    // Signature block
    public string? SignerAuthority { get; set; }

    public string? SignerDeputy { get; set; }

    public string? SignerPosition { get; set; }

    public string? SignerName { get; set; }

    // Life
    public DateTime CreatedAt { get; set; }

    public DateTime UpdatedAt { get; set; }

    public DateTime? SubmittedAt { get; set; }

    public DateTime? ApprovedAt { get; set; }

    public string? ApprovedById { get; set; }

    /// <summary>The issue date, set with the number when the leader issues the plan.</summary>
    public DateOnly? IssuedOn { get; set; }

    /// <summary>The leader's reason when a submitted plan is sent back.</summary>
    public string? ReturnComment { get; set; }

    /// <summary>The plan this one was copied from, if any.</summary>
    public int? SourcePlanId { get; set; }

    /// <summary>For an amending plan ("Kế hoạch điều chỉnh, bổ sung"): the issued plan it amends.</summary>
    public int? AmendsPlanId { get; set; }

    /// <summary>For a unit's own plan: the commune plan it implements.</summary>
    public int? ParentPlanId { get; set; }

    /// <summary>For a unit's own plan: the unit that issues it.</summary>
    public int? UnitId { get; set; }

    public int Version { get; set; }

    public List<Basis> Basis { get; set; } = [];

    public List<Section> Sections { get; set; } = [];

    public List<ContentItem> Contents { get; set; } = [];

    public List<Channel> Channels { get; set; } = [];

    public List<KeyTask> Tasks { get; set; } = [];

    public List<UnitResponsibility> Responsibilities { get; set; } = [];

    public List<PlanDeadline> Deadlines { get; set; } = [];

    /// <summary>True for a plan that amends an issued one.</summary>
    public bool IsAmendment => AmendsPlanId is not null;

    /// <summary>Whose plan it is: a province's, a commune's, or one unit's.</summary>
    public PlanLevel Level => UnitId is not null ? PlanLevel.Unit : CommuneId is null ? PlanLevel.Province : PlanLevel.Commune;

    /// <summary>"Số: 15/KH-UBND" or "Số:      /KH-UBND" before issue.</summary>
    public string NumberLine => Number is null ? $"Số:      /{Symbol}" : $"Số: {Number}";

    /// <summary>The first and last day of the plan's year.</summary>
    public (DateOnly Start, DateOnly End) YearSpan => (new DateOnly(Year, 1, 1), new DateOnly(Year, 12, 31));
}
