namespace Loa.Inspections;

/// <summary>
/// What the inspection record (biên bản kiểm tra) says, built from a frozen inspection only: who inspected whom and
/// when, each item with its result, verdict, finding and score, the conclusion and the recommendations.
/// </summary>
public sealed record InspectionRecord(
    string ProvinceGovernment,
    string CommuneGovernment,
    string Place,
    int Year,
    DateOnly VisitOn,
    IReadOnlyList<string> Inspectors,
    IReadOnlyList<string> CommuneRepresentatives,
    IReadOnlyList<InspectionRecordLine> Lines,
    string? Conclusion,
    string? Recommendations,
    bool IsFinal)
{
    public decimal MaxTotal => Lines.Sum(l => l.MaxScore);

    public decimal Total => Lines.Sum(l => l.Score ?? 0);

    public string Title => $"Kiểm tra công tác thông tin, tuyên truyền cải cách hành chính năm {Year} tại {CommuneGovernment}";

    /// <summary>Builds the record of a visited or closed inspection, its entries in order.</summary>
    public static InspectionRecord Of(Inspection inspection, string provinceGovernment, string communeGovernment, string place)
    {
        if (inspection.VisitOn is not { } visit)
        {
            throw new InvalidOperationException("An inspection has a record only once its visit is recorded.");
        }

        var lines = inspection.Entries.OrderBy(e => e.Order).Select(e => new InspectionRecordLine(
            e.Title,
            e.MaxScore,
            e.Kind == ChecklistItemKind.Computed ? e.Value : e.Answer,
            e.Verdict,
            e.Score,
            e.Finding,
            e.Files.Select(f => f.FileName).ToList())).ToList();
        return new InspectionRecord(
            provinceGovernment,
            communeGovernment,
            place,
            inspection.Year,
            visit,
            People(inspection.Inspectors),
            People(inspection.CommuneRepresentatives),
            lines,
            inspection.Conclusion,
            inspection.Recommendations,
            inspection.Status == InspectionStatus.Closed);
    }

    /// <summary>One person per non-empty line.</summary>
    public static IReadOnlyList<string> People(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
}

/// <summary>One item of the record: its result (the computed value, or the commune's answer), verdict, score and the inspector's finding.</summary>
public sealed record InspectionRecordLine(
    string Title, decimal MaxScore, string? Result, ItemVerdict? Verdict, decimal? Score, string? Finding, IReadOnlyList<string> EvidenceFiles);
