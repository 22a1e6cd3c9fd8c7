using System.Globalization;
using Loa.Surveys;
using Loa.Web.Pages.Shared;

namespace Loa.Web.Pages.Surveys;

/// <summary>The chart of one question's figures: bars of the options chosen, the spread of a scale with its average.</summary>
public static class SurveyCharts
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static ChartModel? For(QuestionResult result, int number)
    {
        var q = result.Question;
        if (q.Kind == QuestionKind.Text)
        {
            return null;
        }

        var scale = q.Kind == QuestionKind.Scale;
        var note = $"{result.Answered.ToString("#,0", Vietnamese)} người trả lời câu này";
        if (scale && result.Average is { } average)
        {
            note = $"Điểm trung bình {Average(average)}/5 · " + note;
        }

        if (q.Kind == QuestionKind.PickMany)
        {
            note += " (mỗi người chọn được nhiều phương án)";
        }

        if (result.Correct is { } correct && q.CorrectMask != 0)
        {
            note += $" · {correct.ToString("#,0", Vietnamese)} người trả lời đúng";
        }

        return new ChartModel
        {
            Kind = scale ? ChartKind.Bar : ChartKind.HorizontalBar,
            Title = $"Câu {number}. {q.Text}",
            Labels = result.Labels,
            Series = [new ChartSeries("Số người chọn", result.Counts, scale ? ChartColour.Info : ChartColour.Brand)],
            Unit = "người",
            LabelHeader = scale ? "Mức" : "Phương án",
            Note = note,
            Id = $"chart-q{q.Id}",
            LabelColours = !scale && q.CorrectMask != 0
                ? q.Options.Select((_, i) => AnswerMask.Has(q.CorrectMask, i) ? ChartColour.Ok : ChartColour.Muted).ToList()
                : null,
        };
    }

    /// <summary>"4,12".</summary>
    public static string Average(double value) => value.ToString("0.00", Vietnamese);

    public static string Percent(double share) => share.ToString("0%", Vietnamese);
}
