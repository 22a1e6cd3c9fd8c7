using Loa.Indices;
using Loa.Inspections;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Loa.Web.Pages.Inspections;

/// <summary>One checklist item as the province officer types it: title, guidance, points, kind, and for a computed item its measure and bar.</summary>
public sealed class ItemForm
{
    public int? Id { get; set; }

    public string? Title { get; set; }

    public string? Guidance { get; set; }

    public string? Score { get; set; }

    public ChecklistItemKind Kind { get; set; } = ChecklistItemKind.Answered;

    public ChecklistMeasure Measure { get; set; }

    public int? Threshold { get; set; }

    public int Version { get; set; }

    public void Validate(ModelStateDictionary state)
    {
        if (string.IsNullOrWhiteSpace(Title))
        {
            state.AddModelError("Item.Title", "Hãy nhập nội dung tiêu chí.");
        }
        else if (Title.Trim().Length > ChecklistItem.TitleMax)
        {
            state.AddModelError("Item.Title", $"Nội dung tiêu chí tối đa {ChecklistItem.TitleMax} ký tự.");
        }

        if ((Guidance?.Trim().Length ?? 0) > ChecklistItem.GuidanceMax)
        {
            state.AddModelError("Item.Guidance", $"Hướng dẫn tối đa {ChecklistItem.GuidanceMax} ký tự.");
        }

        if (!IndexScores.TryParse(Score, out var score) || score is null || score <= 0 || score > 100)
        {
            state.AddModelError("Item.Score", "Điểm tối đa phải là một số lớn hơn 0 và không quá 100 (vd: 10 hoặc 7,5).");
        }

        if (!Enum.IsDefined(Kind))
        {
            state.AddModelError("Item.Kind", "Hãy chọn cách đánh giá trong danh sách.");
        }
        else if (Kind == ChecklistItemKind.Computed && !InspectionText.Measures.Contains(Measure))
        {
            state.AddModelError("Item.Measure", "Tiêu chí Loa tự tính cần chọn nội dung đo trong danh sách.");
        }
        else if (Kind == ChecklistItemKind.Computed && InspectionText.BarUnit(Measure) is { } unit
            && Threshold is { } bar && (bar < 1 || bar > MaxBar(Measure)))
        {
            state.AddModelError("Item.Threshold", $"Mức yêu cầu phải từ 1 đến {MaxBar(Measure)} {unit}.");
        }
    }

    public void ApplyTo(ChecklistItem item)
    {
        if (!IndexScores.TryParse(Score, out var score) || score is null)
        {
            throw new InvalidOperationException("validate the item first");
        }

        item.Title = Title!.Trim();
        item.Guidance = string.IsNullOrWhiteSpace(Guidance) ? null : Guidance.Trim();
        item.MaxScore = score.Value;
        item.Kind = Kind;
        item.Measure = Kind == ChecklistItemKind.Computed ? Measure : ChecklistMeasure.None;
        item.Threshold = Kind == ChecklistItemKind.Computed && InspectionText.BarUnit(Measure) is not null
            ? Threshold ?? ChecklistMeasures.DefaultThreshold(Measure)
            : null;
    }

    public static ItemForm From(ChecklistItem item) => new()
    {
        Id = item.Id,
        Title = item.Title,
        Guidance = item.Guidance,
        Score = InspectionText.Score(item.MaxScore),
        Kind = item.Kind,
        Measure = item.Measure,
        Threshold = item.Threshold,
        Version = item.Version,
    };

    private static int MaxBar(ChecklistMeasure measure) => measure switch
    {
        ChecklistMeasure.ChannelsUsed => 20,
        ChecklistMeasure.PortalUpToDate => 366,
        _ => 100,
    };
}
