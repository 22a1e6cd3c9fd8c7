using Loa.Indices;
using Loa.Inspections;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Loa.Web.Pages.Inspections;

/// <summary>The visit: its day, the inspection team and the commune's representatives, one person per line.</summary>
public sealed class VisitForm
{
    public DateOnly? VisitOn { get; set; }

    public string? Inspectors { get; set; }

    public string? CommuneRepresentatives { get; set; }

    public int Version { get; set; }

    public void Validate(ModelStateDictionary state)
    {
        if (InspectionRecord.People(Inspectors).Count == 0)
        {
            state.AddModelError("Visit.Inspectors", "Hãy ghi thành phần đoàn kiểm tra (mỗi người một dòng).");
        }

        if ((Inspectors?.Length ?? 0) > Inspection.PeopleMax || (CommuneRepresentatives?.Length ?? 0) > Inspection.PeopleMax)
        {
            state.AddModelError("Visit.Inspectors", $"Thành phần mỗi bên tối đa {Inspection.PeopleMax} ký tự.");
        }
    }
}

/// <summary>The inspector's review: per entry a score, a verdict (answered items) and a finding; the conclusion and recommendations.</summary>
public sealed class ReviewForm
{
    public List<ReviewEntry> Entries { get; set; } = [];

    public string? Conclusion { get; set; }

    public string? Recommendations { get; set; }

    public int Version { get; set; }

    /// <summary>Checks every field against the entries; applies nothing.</summary>
    public void Validate(ModelStateDictionary state, Inspection inspection)
    {
        for (var i = 0; i < Entries.Count; i++)
        {
            var input = Entries[i];
            var entry = inspection.Entries.FirstOrDefault(e => e.Id == input.Id);
            var field = $"Review.Entries[{i}]";
            if (entry is null)
            {
                state.AddModelError(field, "Tiêu chí không thuộc cuộc kiểm tra này.");
                continue;
            }

            if (!IndexScores.TryParse(input.Score, out var score))
            {
                state.AddModelError($"{field}.Score", $"Điểm của tiêu chí “{entry.Title}” phải là một số (vd: 7,5).");
            }
            else if (score > entry.MaxScore)
            {
                state.AddModelError($"{field}.Score", $"Điểm của tiêu chí “{entry.Title}” không được quá {InspectionText.Score(entry.MaxScore)}.");
            }

            if (input.Verdict is { } verdict && !Enum.IsDefined(verdict))
            {
                state.AddModelError($"{field}.Verdict", "Hãy chọn đánh giá trong danh sách.");
            }

            if ((input.Finding?.Length ?? 0) > InspectionEntry.FindingMax)
            {
                state.AddModelError($"{field}.Finding", $"Nhận xét tối đa {InspectionEntry.FindingMax} ký tự.");
            }
        }

        if ((Conclusion?.Length ?? 0) > Inspection.TextMax || (Recommendations?.Length ?? 0) > Inspection.TextMax)
        {
            state.AddModelError("Review.Conclusion", $"Kết luận và kiến nghị tối đa {Inspection.TextMax} ký tự mỗi phần.");
        }
    }

    public void ApplyTo(Inspection inspection)
    {
        foreach (var input in Entries)
        {
            var entry = inspection.Entries.Single(e => e.Id == input.Id);
            entry.Score = IndexScores.TryParse(input.Score, out var score) ? score : throw new InvalidOperationException("validate the review first");
            entry.Finding = string.IsNullOrWhiteSpace(input.Finding) ? null : input.Finding.Trim();
            if (entry.Kind == ChecklistItemKind.Answered)
            {
                entry.Verdict = input.Verdict;
            }
        }

        inspection.Conclusion = string.IsNullOrWhiteSpace(Conclusion) ? null : Conclusion.Trim();
        inspection.Recommendations = string.IsNullOrWhiteSpace(Recommendations) ? null : Recommendations.Trim();
    }

    public static ReviewForm From(Inspection inspection) => new()
    {
        Entries = inspection.Entries.OrderBy(e => e.Order).Select(e => new ReviewEntry
        {
            Id = e.Id,
            Score = e.Score is { } s ? InspectionText.Score(s) : null,
            Verdict = e.Verdict,
            Finding = e.Finding,
        }).ToList(),
        Conclusion = inspection.Conclusion,
        Recommendations = inspection.Recommendations,
        Version = inspection.Version,
    };
}

public sealed class ReviewEntry
{
    public int Id { get; set; }

    public string? Score { get; set; }

    public ItemVerdict? Verdict { get; set; }

    public string? Finding { get; set; }
}

/// <summary>An entry as the page shows it: the result live (open) or frozen (visited, closed).</summary>
public sealed record EntryView(InspectionEntry Entry, ItemVerdict? Verdict, string? Value, IReadOnlyList<EvidenceLine> Details)
{
    public static EntryView Of(InspectionEntry entry, CommuneFacts? live)
    {
        if (entry.Kind == ChecklistItemKind.Computed && live?.Measure(entry.Measure, entry.Threshold) is { } result)
        {
            return new(entry, result.Verdict, result.Value, result.Details);
        }

        return new(entry, entry.Verdict, entry.Value, entry.Details.Select(EvidenceLine.Parse).ToList());
    }
}
