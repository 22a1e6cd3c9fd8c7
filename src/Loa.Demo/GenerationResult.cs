namespace Loa.Demo;

/// <summary>Where a generated commune's plan stands.</summary>
public enum DemoPlanState
{
    /// <summary>No plan at all (the commune has units and accounts).</summary>
    Missing = 1,
    Draft = 2,
    Submitted = 3,

    /// <summary>Issued after the province's deadline (March – April).</summary>
    IssuedLate = 4,

    /// <summary>Issued before the province's deadline.</summary>
    IssuedOnTime = 5,
}

/// <summary>Where a generated periodic report stands, for a period whose due date has passed.</summary>
public enum DemoReportState
{
    OnTime = 1,
    Late = 2,

    /// <summary>Still being written, waiting for approval, or sent back.</summary>
    InProgress = 3,
    Missing = 4,
}

/// <summary>What <see cref="DemoProvinceGenerator.GenerateAsync"/> made, and how long it took.</summary>
public sealed class GenerationResult
{
    public required string ProvinceName { get; init; }

    public required int Year { get; init; }

    /// <summary>Communes of the province in the official list.</summary>
    public int CommunesInProvince { get; set; }

    /// <summary>Communes that got something new (units, accounts, a plan).</summary>
    public int Communes { get; set; }

    /// <summary>Communes left alone: they already had a plan for the year, or everything generation would give them.</summary>
    public int Skipped { get; set; }

    public int Units { get; set; }

    public int Accounts { get; set; }

    public int Plans { get; set; }

    public int Tasks { get; set; }

    public int Activities { get; set; }

    public int UnitReports { get; set; }

    public int CommuneReports { get; set; }

    public int IndexResults { get; set; }

    /// <summary>News articles of the new communes' portals (<see cref="DemoCommunePortal"/>).</summary>
    public int Articles { get; set; }

    /// <summary>Citizen feedback of the new communes.</summary>
    public int Feedback { get; set; }

    public Dictionary<DemoPlanState, int> PlanStates { get; } = Enum.GetValues<DemoPlanState>().ToDictionary(s => s, _ => 0);

    /// <summary>Commune reports of past periods by state (missing ones counted too).</summary>
    public Dictionary<DemoReportState, int> CommuneReportStates { get; } = Enum.GetValues<DemoReportState>().ToDictionary(s => s, _ => 0);

    /// <summary>Unit reports of past periods by state (missing ones counted too).</summary>
    public Dictionary<DemoReportState, int> UnitReportStates { get; } = Enum.GetValues<DemoReportState>().ToDictionary(s => s, _ => 0);

    public TimeSpan Elapsed { get; set; }

    /// <summary>Adds a province's counts to these (for a run over several provinces).</summary>
    public void Add(GenerationResult other)
    {
        CommunesInProvince += other.CommunesInProvince;
        Communes += other.Communes;
        Skipped += other.Skipped;
        Units += other.Units;
        Accounts += other.Accounts;
        Plans += other.Plans;
        Tasks += other.Tasks;
        Activities += other.Activities;
        UnitReports += other.UnitReports;
        CommuneReports += other.CommuneReports;
        IndexResults += other.IndexResults;
        Articles += other.Articles;
        Feedback += other.Feedback;
        foreach (var (state, n) in other.PlanStates)
        {
            PlanStates[state] += n;
        }

        foreach (var (state, n) in other.CommuneReportStates)
        {
            CommuneReportStates[state] += n;
        }

        foreach (var (state, n) in other.UnitReportStates)
        {
            UnitReportStates[state] += n;
        }
    }
}
